"""Qt user interface: adapts the domain and the store to views; holds no business rule."""
