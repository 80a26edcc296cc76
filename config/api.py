"""The one API router: every resource of the apps, under /api/v1/."""

from rest_framework.routers import DefaultRouter

from decisions.api.views import FollowUpViewSet, UnitViewSet
from minutes.api.views import (
    AgendaItemViewSet,
    AttachmentViewSet,
    BodyViewSet,
    CaseViewSet,
    ClauseViewSet,
    DecisionViewSet,
    DeletionViewSet,
    ImportJobViewSet,
    MeetingViewSet,
    RecommendationViewSet,
    SearchViewSet,
)
from webhooks.api.views import WebhookViewSet

router = DefaultRouter()
router.register("bodies", BodyViewSet)
router.register("meetings", MeetingViewSet)
router.register("agenda-items", AgendaItemViewSet)
router.register("follow-ups", FollowUpViewSet)
router.register("units", UnitViewSet)
router.register("recommendations", RecommendationViewSet)
router.register("clauses", ClauseViewSet)
router.register("decisions", DecisionViewSet)
router.register("attachments", AttachmentViewSet)
router.register("imports", ImportJobViewSet)
router.register("cases", CaseViewSet, basename="case")
router.register("search", SearchViewSet, basename="search")
router.register("deletions", DeletionViewSet)
router.register("webhooks", WebhookViewSet)
