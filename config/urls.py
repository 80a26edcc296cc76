from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from config.api import router
from decisions.api.views import FollowUpViewSet

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/schema/", SpectacularAPIView.as_view(), name="schema"),
    path(
        "api/v1/docs/",
        SpectacularSwaggerView.as_view(url_name="schema"),
        name="swagger-ui",
    ),
    # The feed and the export as files: no trailing slash after the suffix
    # (the router's routes with one are left out of the schema).
    path(
        "api/v1/follow-ups/calendar.ics",
        FollowUpViewSet.as_view(
            {"get": "calendar"},
            basename="followup",
            detail=False,
            **FollowUpViewSet.calendar.kwargs,
        ),
        name="followup-calendar-file",
    ),
    path(
        "api/v1/follow-ups/export.csv",
        FollowUpViewSet.as_view(
            {"get": "export_csv"},
            basename="followup",
            detail=False,
            **FollowUpViewSet.export_csv.kwargs,
        ),
        name="followup-export-file",
    ),
    path(
        "api/v1/follow-ups/export.xlsx",
        FollowUpViewSet.as_view(
            {"get": "export_xlsx"},
            basename="followup",
            detail=False,
            **FollowUpViewSet.export_xlsx.kwargs,
        ),
        name="followup-export-xlsx-file",
    ),
    path("api/v1/", include(router.urls)),
]

handler404 = "config.errors.page_not_found"
handler500 = "config.errors.server_error"
