"""Participation analytics' own data (rules, snapshots); the acts themselves stay in the
contribution log (`trellis.participation`)."""
