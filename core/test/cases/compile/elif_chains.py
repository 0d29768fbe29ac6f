# Nested ifs and elif chains at module level (artificial JUMP_NO_INTERRUPT jumps).
# Don't call utcoffset() or tzname() unless actually needed.
freplace = None  # the string to use for %f
zreplace = None  # the string to use for %z
colonzreplace = None  # the string to use for %:z
Zreplace = None  # the string to use for %Z

# Scan format for %z, %:z and %Z escapes, replacing as needed.
newformat = []
push = newformat.append
i, n = 0, len(format)
while i < n:
    ch = format[i]
    i += 1
    if ch == '%':
        if i < n:
            ch = format[i]
            i += 1
            if ch == 'f':
                if freplace is None:
                    freplace = '%06d' % getattr(object,
                                                'microsecond', 0)
                newformat.append(freplace)
            elif ch == 'z':
                if zreplace is None:
                    if hasattr(object, "utcoffset"):
                        zreplace = _format_offset(object.utcoffset(), sep="")
                    else:
                        zreplace = ""
                assert '%' not in zreplace
                newformat.append(zreplace)
            elif ch == ':':
                if i < n:
                    ch2 = format[i]
                    i += 1
                    if ch2 == 'z':
                        if colonzreplace is None:
                            if hasattr(object, "utcoffset"):
                                colonzreplace = _format_offset(object.utcoffset(), sep=":")
                            else:
                                colonzreplace = ""
                        assert '%' not in colonzreplace
                        newformat.append(colonzreplace)
                    else:
                        push('%')
                        push(ch)
                        push(ch2)
            elif ch == 'Z':
                if Zreplace is None:
                    Zreplace = ""
                    if hasattr(object, "tzname"):
                        s = object.tzname()
                        if s is not None:
                            # strftime is going to have at this: escape %
                            Zreplace = s.replace('%', '%%')
                newformat.append(Zreplace)
            else:
                push('%')
                push(ch)
        else:
            push('%')
    else:
        push(ch)
newformat = "".join(newformat)
