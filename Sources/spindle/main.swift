// Placeholder entry point; replaced by the CLI.
print("spindle")
