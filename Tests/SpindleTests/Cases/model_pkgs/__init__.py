PKG_NAME = "model_pkgs"
