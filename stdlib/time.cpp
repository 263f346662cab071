// The time module: clocks, sleep, struct_time, gmtime/localtime/mktime,
// strftime/asctime/ctime. CPython: Modules/timemodule.c
#include "stdlib/modules.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/errors.h"
#include "vm/float.h"
#include "vm/int.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <cmath>
#include <ctime>
#include <thread>

namespace pyvm {

namespace {

Type *gStructTime = nullptr;

const StructSeqInfo kStructTime = {
    "time.struct_time",
    {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
     "tm_isdst"},
    2};

double clockSeconds(clockid_t id) {
  timespec ts;
  clock_gettime(id, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}
Ref clockNs(clockid_t id) {
  timespec ts;
  clock_gettime(id, &ts);
  return newInt(int64_t(ts.tv_sec) * 1000000000 + int64_t(ts.tv_nsec));
}

Ref timeTime(Value) { return newFloat(clockSeconds(CLOCK_REALTIME)); }
Ref timeTimeNs(Value) { return clockNs(CLOCK_REALTIME); }
Ref timeMonotonic(Value) { return newFloat(clockSeconds(CLOCK_MONOTONIC)); }
Ref timeMonotonicNs(Value) { return clockNs(CLOCK_MONOTONIC); }
Ref timeProcessTime(Value) { return newFloat(clockSeconds(CLOCK_PROCESS_CPUTIME_ID)); }
Ref timeProcessTimeNs(Value) { return clockNs(CLOCK_PROCESS_CPUTIME_ID); }

Ref timeThreadTime(Value) { return newFloat(clockSeconds(CLOCK_THREAD_CPUTIME_ID)); }
Ref timeThreadTimeNs(Value) { return clockNs(CLOCK_THREAD_CPUTIME_ID); }

bool clockIdArg(Value v, clockid_t *out) {
  int64_t id;
  if (!intAsInt64(v, &id))
    return false;
  *out = clockid_t(id);
  return true;
}

// CPython: Modules/timemodule.c time_clock_gettime / _ns / clock_getres
Ref timeClockGettime(Value, Value id) {
  clockid_t c;
  timespec ts;
  if (!clockIdArg(id, &c))
    return {};
  if (clock_gettime(c, &ts) != 0)
    return raise(&OSErrorType, "[Errno 22] Invalid argument");
  return newFloat(double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9);
}
Ref timeClockGettimeNs(Value, Value id) {
  clockid_t c;
  timespec ts;
  if (!clockIdArg(id, &c))
    return {};
  if (clock_gettime(c, &ts) != 0)
    return raise(&OSErrorType, "[Errno 22] Invalid argument");
  return newInt(int64_t(ts.tv_sec) * 1000000000 + int64_t(ts.tv_nsec));
}
Ref timeClockGetres(Value, Value id) {
  clockid_t c;
  timespec ts;
  if (!clockIdArg(id, &c))
    return {};
  if (clock_getres(c, &ts) != 0)
    return raise(&OSErrorType, "[Errno 22] Invalid argument");
  return newFloat(double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9);
}

Ref timeSleep(Value, Value secs) {
  double s;
  if (!asDouble(secs, &s))
    return {};
  if (std::isnan(s))
    return raise(&ValueErrorType, "Invalid value NaN (not a number)");
  if (s < 0)
    return raise(&ValueErrorType, "sleep length must be non-negative");
  std::this_thread::sleep_for(std::chrono::duration<double>(s));
  return newNone();
}

Ref tmToStruct(const struct tm &t) {
  std::vector<Ref> refs;
  int vals[9] = {t.tm_year + 1900, t.tm_mon + 1, t.tm_mday, t.tm_hour, t.tm_min,
                 t.tm_sec,         (t.tm_wday + 6) % 7, t.tm_yday + 1, t.tm_isdst};
  std::vector<Value> items;
  for (int v : vals) {
    refs.push_back(newInt(v));
    items.push_back(refs.back().get());
  }
  return newStructSeqFrom(gStructTime, items);
}

bool secondsArg(const Value *args, size_t nargs, time_t *out) {
  if (nargs == 0 || isNone(args[0])) {
    *out = std::time(nullptr);
    return true;
  }
  double d;
  if (!asDouble(args[0], &d))
    return false;
  *out = time_t(std::floor(d));
  return true;
}

Ref timeGmtime(Value, const Value *args, size_t nargs) {
  if (!checkPositional("gmtime", nargs, 0, 1))
    return {};
  time_t t;
  if (!secondsArg(args, nargs, &t))
    return {};
  struct tm tm;
  if (!gmtime_r(&t, &tm))
    return raise(&OverflowErrorType, "timestamp out of range for platform time_t");
  return tmToStruct(tm);
}

Ref timeLocaltime(Value, const Value *args, size_t nargs) {
  if (!checkPositional("localtime", nargs, 0, 1))
    return {};
  time_t t;
  if (!secondsArg(args, nargs, &t))
    return {};
  struct tm tm;
  if (!localtime_r(&t, &tm))
    return raise(&OverflowErrorType, "timestamp out of range for platform time_t");
  return tmToStruct(tm);
}

bool structToTm(Value v, struct tm *tm, const char *fn) {
  Ref t = sequenceToTuple(v);
  if (!t)
    return false;
  if (tupleSize(t.get()) != 9) {
    raisef(&TypeErrorType, "{}(): illegal time tuple argument", fn);
    return false;
  }
  int64_t f[9];
  for (int i = 0; i < 9; i++)
    if (!intAsInt64(tupleItem(t.get(), i), &f[i]))
      return false;
  *tm = {};
  tm->tm_year = int(f[0] - 1900);
  tm->tm_mon = int(f[1] - 1);
  tm->tm_mday = int(f[2]);
  tm->tm_hour = int(f[3]);
  tm->tm_min = int(f[4]);
  tm->tm_sec = int(f[5]);
  tm->tm_wday = int((f[6] + 1) % 7);
  tm->tm_yday = int(f[7] - 1);
  tm->tm_isdst = int(f[8]);
  return true;
}

Ref timeMktime(Value, Value v) {
  struct tm tm;
  if (!structToTm(v, &tm, "mktime"))
    return {};
  tm.tm_wday = -1;
  time_t t = mktime(&tm);
  if (t == time_t(-1) && tm.tm_wday == -1)
    return raise(&OverflowErrorType, "mktime argument out of range");
  return newFloat(double(t));
}

Ref timeStrftime(Value, const Value *args, size_t nargs) {
  if (!checkPositional("strftime", nargs, 1, 2))
    return {};
  if (!isStr(args[0]))
    return raisef(&TypeErrorType, "strftime() argument 1 must be str, not {}",
                  typeName(args[0]));
  struct tm tm;
  if (nargs == 2) {
    if (!structToTm(args[1], &tm, "strftime"))
      return {};
  } else {
    time_t now = std::time(nullptr);
    localtime_r(&now, &tm);
  }
  std::string fmt = strToUtf8(args[0]);
  if (fmt.empty())
    return newStr("");
  std::string buf(256 + fmt.size() * 4, '\0');
  size_t n = std::strftime(buf.data(), buf.size(), fmt.c_str(), &tm);
  buf.resize(n);
  return newStr(buf);
}

// time.strptime(string, format="%a %b %d %H:%M:%S %Y") with the C
// library's strptime for the directives; the fields not parsed default as
// in CPython's _strptime (1900-01-01 00:00:00), weekday and day of the year
// are computed from the date, tm_isdst is -1.
// CPython: Lib/_strptime.py _strptime_time
Ref timeStrptime(Value, const Value *args, size_t nargs) {
  if (!checkPositional("strptime", nargs, 1, 2))
    return {};
  for (size_t i = 0; i < nargs; i++)
    if (!isStr(args[i]))
      return raisef(&TypeErrorType, "strptime() argument {} must be str, not {}", i,
                    typeName(args[i]));
  std::string text = strToUtf8(args[0]);
  std::string format = nargs == 2 ? strToUtf8(args[1]) : "%a %b %d %H:%M:%S %Y";
  struct tm tm = {};
  tm.tm_mday = 1;
  tm.tm_isdst = -1;
  const char *end = strptime(text.c_str(), format.c_str(), &tm);
  if (!end) {
    Ref a = repr(args[0]);
    Ref b = nargs == 2 ? repr(args[1]) : newStr("'%a %b %d %H:%M:%S %Y'");
    if (!a || !b)
      return {};
    return raisef(&ValueErrorType, "time data {} does not match format {}", strToUtf8(*a),
                  strToUtf8(*b));
  }
  if (*end)
    return raisef(&ValueErrorType, "unconverted data remains: {}", end);
  struct tm norm = tm;
  time_t t = timegm(&norm); // fills tm_wday / tm_yday for the date
  (void)t;
  tm.tm_wday = norm.tm_wday;
  tm.tm_yday = norm.tm_yday;
  tm.tm_isdst = -1;
  return tmToStruct(tm);
}

std::string ascTime(const struct tm &tm) {
  static const char *const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return fmt::format("{} {} {:2d} {:02d}:{:02d}:{:02d} {}", days[(tm.tm_wday % 7 + 7) % 7],
                     months[(tm.tm_mon % 12 + 12) % 12], tm.tm_mday, tm.tm_hour, tm.tm_min,
                     tm.tm_sec, tm.tm_year + 1900);
}

Ref timeAsctime(Value, const Value *args, size_t nargs) {
  if (!checkPositional("asctime", nargs, 0, 1))
    return {};
  struct tm tm;
  if (nargs == 1) {
    if (!structToTm(args[0], &tm, "asctime"))
      return {};
  } else {
    time_t now = std::time(nullptr);
    localtime_r(&now, &tm);
  }
  return newStr(ascTime(tm));
}

Ref timeCtime(Value, const Value *args, size_t nargs) {
  if (!checkPositional("ctime", nargs, 0, 1))
    return {};
  time_t t;
  if (!secondsArg(args, nargs, &t))
    return {};
  struct tm tm;
  localtime_r(&t, &tm);
  return newStr(ascTime(tm));
}

const MethodDef kTimeFunctions[] = {
    method("time", timeTime),
    method("time_ns", timeTimeNs),
    method("monotonic", timeMonotonic),
    method("monotonic_ns", timeMonotonicNs),
    method("perf_counter", timeMonotonic),
    method("perf_counter_ns", timeMonotonicNs),
    method("process_time", timeProcessTime),
    method("process_time_ns", timeProcessTimeNs),
    method("sleep", timeSleep),
    method("gmtime", timeGmtime),
    method("localtime", timeLocaltime),
    method("mktime", timeMktime),
    method("strftime", timeStrftime),
    method("asctime", timeAsctime),
    method("ctime", timeCtime),
    method("strptime", timeStrptime),
    method("thread_time", timeThreadTime),
    method("thread_time_ns", timeThreadTimeNs),
    method("clock_gettime", timeClockGettime),
    method("clock_gettime_ns", timeClockGettimeNs),
    method("clock_getres", timeClockGetres),
};

} // namespace

Ref createTimeModule() {
  Ref module = newModule("time");
  if (!module)
    return {};
  Value m = module.get();
  if (!moduleAddFunctions(m, kTimeFunctions))
    return {};
  if (!gStructTime)
    gStructTime = makeStructSeqType(&kStructTime);
  moduleAddObject(m, "struct_time", Value::fromObject(gStructTime));
  Ref tz = newInt(0);
  moduleAddObject(m, "timezone", tz.get());
  moduleAddObject(m, "altzone", tz.get());
  moduleAddObject(m, "daylight", Value::fromSmallInt(0));
  Ref utc = newStr("UTC");
  Ref tzname = utc ? newTupleOf({*utc, *utc}) : Ref();
  if (tzname)
    moduleAddObject(m, "tzname", *tzname);
  const std::pair<const char *, int> clocks[] = {
      {"CLOCK_REALTIME", CLOCK_REALTIME},
      {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
      {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW},
      {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
      {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID},
      {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},
      {"CLOCK_TAI", CLOCK_TAI},
  };
  for (auto [name, id] : clocks)
    moduleAddObject(m, name, Value::fromSmallInt(id));
  moduleAddObject(m, "_STRUCT_TM_ITEMS", Value::fromSmallInt(11));
  if (errorPending())
    return {};
  return module;
}

} // namespace pyvm
