"""The REST API of the decisions app: follow-ups and units."""
