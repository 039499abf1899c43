# Python 3: strip family, case methods and character class predicates
print(repr("  hi  ".strip()), repr("xxhixx".strip("x")), repr("  hi".lstrip()), repr("hi  ".rstrip()), repr("abcba".strip("ab")))
print("Hello World".lower(), "Hello World".upper(), "hello world".capitalize(), "hello world".title(), "HeLLo".swapcase())
print("123".isdigit(), "12a".isdigit(), "".isdigit(), "abc".isalpha(), "ab1".isalnum(), "   ".isspace(), "".isspace())
print("abc".islower(), "ABC".isupper(), "Abc".islower(), "Title Case".istitle(), "x_1".isidentifier(), "1x".isidentifier())
print("42".isnumeric(), "4.2".isdecimal(), "prefix_rest".removeprefix("prefix_"), "ab".removeprefix("abc"), "a.py".removesuffix(".py"), "x".removesuffix(""), "éé".removeprefix("é"))
print("a-b-c".replace("-", "+"), "aaaa".replace("a", "b", 2), "abc".replace("", "."), "x".replace("y", "z"))
print("tab\tbed".expandtabs(4), "ab".center(7, "*"), "Straße".casefold())
