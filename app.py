"""The Gradio chat app (placeholder until the app module is written)."""
