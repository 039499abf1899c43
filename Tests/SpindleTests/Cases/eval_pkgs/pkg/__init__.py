from .sub import leaf
sibling_value = "from package init: " + leaf.where()
