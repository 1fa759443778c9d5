"""Background service: IDLE, polling, planner ticks, signals."""
