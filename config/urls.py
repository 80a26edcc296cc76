from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from config import health
from config.api import router
from decisions.admin_views import overview_view
from decisions.api.views import FollowUpViewSet

# The product's name on every admin page, in Danish like the rest of the admin.
admin.site.site_header = "Beslutningsopfølgning"
admin.site.site_title = "Beslutningsopfølgning"
admin.site.index_title = "Referater, beslutninger og opfølgninger"

urlpatterns = [
    path(
        "admin/overblik/",
        admin.site.admin_view(overview_view),
        name="admin-overview",
    ),
    # Normally answered by config.health.HealthCheckMiddleware before routing.
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("admin/", admin.site.urls),
    path("api/v1/schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view serves Swagger UI's start-up script from ?script instead of
    # inline, so the Content-Security-Policy needs no 'unsafe-inline'.
    path(
        "api/v1/docs/",
        SpectacularSwaggerSplitView.as_view(url_name="schema"),
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
