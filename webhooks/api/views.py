"""Webhooks: register, read, change and delete them, list their deliveries,
and ping them."""

from django.db import transaction
from drf_spectacular.utils import (
    extend_schema,
    extend_schema_view,
)
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from config.etags import (
    ContentETagRetrieveMixin,
    content_etag,
    require_if_match,
)
from config.permissions import ModelPermissionsOrReadOnly
from config.schema import IF_MATCH, WRITE_ERRORS
from minutes.models import may_see_closed_items
from webhooks import services
from webhooks.api.serializers import (
    WebhookCreatedSerializer,
    WebhookDeliverySerializer,
    WebhookInputSerializer,
    WebhookSerializer,
    new_secret,
)
from webhooks.models import Webhook


class WebhookPermissions(ModelPermissionsOrReadOnly):
    """Reading needs an account; registering, changing and deleting need the
    webhook add, change and delete permissions; a ping (a POST to an existing
    webhook) the change permission."""

    def has_permission(self, request, view):
        if getattr(view, "action", None) == "ping":
            if not (request.user and request.user.is_authenticated):
                return False
            return request.user.has_perm("webhooks.change_webhook")
        return super().has_permission(request, view)


@extend_schema_view(
    list=extend_schema(summary="List my webhooks"),
    retrieve=extend_schema(summary="Read one webhook"),
    destroy=extend_schema(summary="Delete a webhook and its deliveries"),
)
class WebhookViewSet(
    ContentETagRetrieveMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    """Webhooks: the events (follow-ups created, changed, status changed or
    overdue; meetings imported) are POSTed as JSON to the webhook's URL,
    signed with its secret (X-Webhook-Signature: sha256=<hex HMAC-SHA256 of
    the body>), in the background, with retries. Each user sees their own
    webhooks (a superuser every user's); registering, changing and deleting
    need the webhook permissions. Events about a closed agenda item go only to
    webhooks of users who may see closed items."""

    queryset = Webhook.objects.select_related("owner").order_by("name", "pk")
    serializer_class = WebhookSerializer
    permission_classes = [WebhookPermissions]
    filterset_class = None
    ordering_fields = ["name", "created_at"]

    def get_queryset(self):
        queryset = super().get_queryset()
        if not self.request.user.is_superuser:
            queryset = queryset.filter(owner=self.request.user)
        return queryset

    @extend_schema(
        summary="Register a webhook",
        description="Answers with the webhook and its secret, which is never "
        "shown again. A URL that is not http(s), or whose host is on a private "
        "or loopback network, is refused with a 400 on target_url.",
        request=WebhookInputSerializer,
        responses={201: WebhookCreatedSerializer},
    )
    def create(self, request, *args, **kwargs):
        serializer = WebhookInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        values = dict(serializer.validated_data)
        webhook = Webhook.objects.create(
            owner=request.user,
            name=values["name"],
            url=values["target_url"],
            events=values["events"],
            is_active=values.get("is_active", True),
            secret=values.get("secret") or new_secret(),
        )
        data = WebhookCreatedSerializer(
            webhook, context=self.get_serializer_context()
        ).data
        response = Response(data, status=status.HTTP_201_CREATED)
        response["Location"] = str(data["url"])
        return response

    @extend_schema(
        summary="Change a webhook",
        description="Only the fields sent change; sending `secret` replaces "
        "the secret. Needs If-Match with the detail's ETag, as every "
        "correction does.",
        request=WebhookInputSerializer(partial=True),
        responses={200: WebhookSerializer, **WRITE_ERRORS},
        parameters=[IF_MATCH],
    )
    def partial_update(self, request, *args, **kwargs):
        with transaction.atomic():
            webhook = self.get_object()
            serializer = WebhookInputSerializer(data=request.data, partial=True)
            serializer.is_valid(raise_exception=True)
            current = content_etag(self.get_serializer(webhook).data)
            require_if_match(request, current)
            values = dict(serializer.validated_data)
            if "target_url" in values:
                values["url"] = values.pop("target_url")
            for name, value in values.items():
                setattr(webhook, name, value)
            webhook.save()
        data = self.get_serializer(webhook).data
        response = Response(data)
        response["ETag"] = content_etag(data)
        return response

    def get_object(self):
        obj = super().get_object()
        if self.action == "partial_update":
            # Two writers of one webhook: the second waits, then sees the
            # first one's change as a changed ETag.
            obj = (
                Webhook.objects.select_for_update()
                .select_related("owner")
                .get(pk=obj.pk)
            )
        return obj

    @extend_schema(
        summary="A webhook's deliveries",
        description="Every event sent (or to be sent) to the webhook, newest "
        "first, with its status, attempts and the latest answer; paginated "
        "like the lists.",
        responses={200: WebhookDeliverySerializer(many=True)},
    )
    @action(detail=True, methods=["get"], filter_backends=[])
    def deliveries(self, request, pk=None):
        deliveries = self.get_object().deliveries.order_by("-created_at", "-pk")
        page = self.paginate_queryset(deliveries)
        context = {
            **self.get_serializer_context(),
            "may_see_closed_items": may_see_closed_items(request.user),
        }
        return self.get_paginated_response(
            WebhookDeliverySerializer(page, many=True, context=context).data
        )

    @extend_schema(
        summary="Send a ping to a webhook",
        description="Queues a `ping` event to the webhook (whatever events it "
        "wants) and answers 202 with the delivery, to follow in deliveries.",
        request=None,
        responses={202: WebhookDeliverySerializer},
    )
    @action(detail=True, methods=["post"])
    def ping(self, request, pk=None):
        delivery = services.queue_ping(self.get_object())
        context = {
            **self.get_serializer_context(),
            "may_see_closed_items": may_see_closed_items(request.user),
        }
        return Response(
            WebhookDeliverySerializer(delivery, context=context).data,
            status=status.HTTP_202_ACCEPTED,
        )
