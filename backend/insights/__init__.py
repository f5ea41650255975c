"""Insights: self-sufficiency statistics, reports and the dashboard."""
