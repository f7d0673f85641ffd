"""Item models: each adapts rows from the store to Qt roles."""
