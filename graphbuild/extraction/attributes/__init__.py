"""Attributes of an event, each read by a small function over (clause, event): negation,
directness and mediator, place, time, attribution."""
