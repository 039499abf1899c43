/// The Python half of `collections`: the dict-like classes, built on the
/// native `_MappingBase`. `__missing__`
/// uses `setdefault` so concurrent first accesses to one key agree on a
/// single value.
enum CollectionsSource {
    static let text = #"""
class defaultdict(_MappingBase):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        _MappingBase.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        return self.setdefault(key, factory())

    def __repr__(self):
        return '%s(%r, %s)' % (type(self).__name__, self.default_factory, _MappingBase.__repr__(self))

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy


class OrderedDict(_MappingBase):
    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
            return
        rest = list(self.items())
        self.clear()
        self[key] = value
        for k, v in rest:
            self[k] = v

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        keys = list(self)
        key = keys[-1] if last else keys[0]
        return key, self.pop(key)

    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        return '%s(%r)' % (type(self).__name__, list(self.items()))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return _MappingBase.__eq__(self, other) and list(self) == list(other)
        return _MappingBase.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    def copy(self):
        return type(self)(self)


class Counter(_MappingBase):
    def __init__(self, iterable=None, **kwds):
        _MappingBase.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def most_common(self, n=None):
        ranked = sorted(self.items(), key=lambda pair: pair[1], reverse=True)
        return ranked if n is None else ranked[:n]

    def elements(self):
        for item, count in self.items():
            for _ in range(count):
                yield item

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, (dict, _MappingBase)):
                for item, count in iterable.items():
                    self[item] = self.get(item, 0) + count
            else:
                for item in iterable:
                    self[item] = self.get(item, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, (dict, _MappingBase)):
                for item, count in iterable.items():
                    self[item] = self.get(item, 0) - count
            else:
                for item in iterable:
                    self[item] = self.get(item, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    def __delitem__(self, item):
        if item in self:
            _MappingBase.__delitem__(self, item)

    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        parts = ['%r: %r' % pair for pair in self.most_common()]
        return '%s({%s})' % (type(self).__name__, ', '.join(parts))

    def _combine(self, other, keep):
        result = Counter()
        for item in list(self) + [k for k in other if k not in self]:
            count = keep(self[item], other[item])
            if count > 0:
                result[item] = count
        return result

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, max)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, min)
"""#
}
