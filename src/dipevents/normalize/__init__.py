"""Knowledge of the world: names of states, people in office, summit calendars, territories, places.

Plain functions that return None for what they do not know. The public face is
:mod:`dipevents.knowledge`.
"""
