value = 1
if value
    pass
