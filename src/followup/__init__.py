"""followup: thank-you drafts and follow-up calls after job interviews."""

__version__ = "0.1.0"
