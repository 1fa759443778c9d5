"""Tracker (SQLite), planner (pure) and thank-you drafts."""
