"""The app's parts beside app.py: evidence rendering, the JSON API, and the page's script and styles."""
