"""The store, retrieval and cited answers: no UI and no CLI here."""
