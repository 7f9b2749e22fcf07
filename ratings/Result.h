#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace avemo::ratings {

// A value, or the reason why there is none. Data problems (empty input, undefined statistic,
// bad values) travel as reasons so callers can show them next to the other figures; the
// library never throws for them.
template <typename T> class Result
{
public:
    static Result ok(T value) { return Result(std::move(value), {}); }
    static Result fail(std::string reason) { return Result(std::nullopt, std::move(reason)); }

    bool hasValue() const { return m_value.has_value(); }
    explicit operator bool() const { return hasValue(); }

    const T &value() const
    {
        assert(m_value);
        return *m_value;
    }
    T &value()
    {
        assert(m_value);
        return *m_value;
    }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }

    // Empty when there is a value.
    const std::string &reason() const { return m_reason; }

private:
    Result(std::optional<T> value, std::string reason)
        : m_value(std::move(value))
        , m_reason(std::move(reason))
    {
    }

    std::optional<T> m_value;
    std::string m_reason;
};

} // namespace avemo::ratings
