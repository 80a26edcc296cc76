"""Hyperlink fields that reverse each URL pattern once per response.

DRF's hyperlinked fields call reverse() for every link of every row (on a
list page of follow-ups, six links on each of up to 500 rows); these build the
pattern once per view name and request, and put each object's id into it.
"""

from rest_framework import relations

# Stands in for an object's id while the URL pattern is reversed; the API's
# detail URLs take any id of digits.
_PLACEHOLDER = "9876543210123"


class TemplateURLMixin:
    def get_url(self, obj, view_name, request, format):
        lookup_value = getattr(obj, self.lookup_field)
        if lookup_value in (None, ""):
            return None
        templates = self.context.setdefault("url_templates", {})
        key = (view_name, self.lookup_url_kwarg, format)
        if key not in templates:
            templates[key] = self.reverse(
                view_name,
                kwargs={self.lookup_url_kwarg: _PLACEHOLDER},
                request=request,
                format=format,
            )
        return templates[key].replace(_PLACEHOLDER, str(lookup_value))


class HyperlinkedRelatedField(TemplateURLMixin, relations.HyperlinkedRelatedField):
    pass


class HyperlinkedIdentityField(TemplateURLMixin, relations.HyperlinkedIdentityField):
    pass
