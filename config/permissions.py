from rest_framework import permissions


class ModelPermissionsOrReadOnly(permissions.DjangoModelPermissions):
    """Reading needs an account; writing needs the model's add/change/delete
    permission."""

    authenticated_users_only = True

    def has_permission(self, request, view):
        if not (request.user and request.user.is_authenticated):
            return False
        if request.method in permissions.SAFE_METHODS:
            return True
        return super().has_permission(request, view)
