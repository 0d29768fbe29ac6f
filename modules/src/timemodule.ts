// Mirrors Modules/timemodule.c: clocks (time, monotonic, perf_counter, process_time and their
// _ns forms), sleep, the broken-down time of struct_time (gmtime, localtime, mktime) and its
// text forms (asctime, ctime, strftime in the C locale). Clocks and the local zone come from
// the Host.

import type { PyObject } from '@ceval/core/object';
import { PyFloat, newFloat } from '@ceval/core/objects/floatobject';
import { PyLong, newInt } from '@ceval/core/objects/longobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { PyUnicode, newStr } from '@ceval/core/objects/unicodeobject';
import { PyTuple, newTuple } from '@ceval/core/objects/tupleobject';
import { typeName } from '@ceval/core/object';
import {
  newExceptionMsg, PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError,
} from '@ceval/core/objects/exceptions';
import type { PyModule } from '@ceval/core/runtime/moduleobject';
import { newModule, noArgs, oneArg, positional, asDouble } from './_clinic.js';
import { newStructSeqType, newStructSeq, PyStructSequence } from './structseq.js';
import type { Host } from './host.js';

/** `time.struct_time`. @see timemodule.c struct_time_type_desc */
export const PyStructTime_Type = newStructSeqType({
  name: 'time.struct_time',
  fields: ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday',
    'tm_isdst', 'tm_zone', 'tm_gmtoff'],
  nInSequence: 9,
});

/** C's struct tm, with Python's numbering (months 1-12, Monday = 0). */
interface Tm {
  year: number; mon: number; mday: number; hour: number; min: number; sec: number;
  wday: number; yday: number; isdst: number; zone: string; gmtoff: number;
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

/** Whole seconds from a timestamp argument, floored. @see pytime.c _PyTime_ObjectToTime_t */
function timestamp(o: PyObject | undefined, now: () => number): number {
  if (o === undefined || o === Py_None) return Math.floor(now());
  let v: number;
  if (o instanceof PyFloat) {
    v = o.value;
    if (Number.isNaN(v)) throw newExceptionMsg(PyExc_ValueError, 'Invalid value NaN (not a number)');
  } else if (o instanceof PyLong) {
    v = Number(o.value);
  } else {
    throw newExceptionMsg(PyExc_TypeError,
      `'${typeName(o.ob_type)}' object cannot be interpreted as an integer`);
  }
  v = Math.floor(v);
  if (!(Math.abs(v) < 2 ** 63)) {
    throw newExceptionMsg(PyExc_OverflowError, 'timestamp out of range for platform time_t');
  }
  return v;
}

function fromDate(d: Date, utc: boolean, host: Host, secs: number): Tm {
  const y = utc ? d.getUTCFullYear() : d.getFullYear();
  const mon = (utc ? d.getUTCMonth() : d.getMonth()) + 1;
  const mday = utc ? d.getUTCDate() : d.getDate();
  const start = Date.UTC(y, 0, 1);
  const yday = Math.round((Date.UTC(y, mon - 1, mday) - start) / 86400000) + 1;
  const zone = utc ? { offset: 0, name: 'GMT', isDst: false } : host.localZone(secs);
  return {
    year: y, mon, mday,
    hour: utc ? d.getUTCHours() : d.getHours(),
    min: utc ? d.getUTCMinutes() : d.getMinutes(),
    sec: utc ? d.getUTCSeconds() : d.getSeconds(),
    wday: ((utc ? d.getUTCDay() : d.getDay()) + 6) % 7,
    yday, isdst: zone.isDst ? 1 : 0, zone: zone.name, gmtoff: zone.offset,
  };
}

function breakDown(secs: number, utc: boolean, host: Host): Tm {
  const d = new Date(secs * 1000);
  if (Number.isNaN(d.getTime())) {
    throw newExceptionMsg(PyExc_OverflowError, 'timestamp out of range for platform time_t');
  }
  return fromDate(d, utc, host, secs);
}

function structTime(tm: Tm): PyObject {
  return newStructSeq(PyStructTime_Type, [newInt(tm.year), newInt(tm.mon), newInt(tm.mday),
    newInt(tm.hour), newInt(tm.min), newInt(tm.sec), newInt(tm.wday), newInt(tm.yday),
    newInt(tm.isdst), newStr(tm.zone), newInt(tm.gmtoff)]);
}

/**
 * A struct_time or 9-tuple as a Tm. @see timemodule.c gettmarg
 */
function getTmArg(o: PyObject, host: Host, fname: string): Tm {
  if (!(o instanceof PyTuple)) {
    throw newExceptionMsg(PyExc_TypeError, 'Tuple or struct_time argument required');
  }
  const it = o.items;
  if (it.length !== 9) {
    throw newExceptionMsg(PyExc_TypeError, `${fname}(): illegal time tuple argument`);
  }
  const n = it.map((v) => {
    if (!(v instanceof PyLong)) {
      throw newExceptionMsg(PyExc_TypeError,
        `'${typeName(v.ob_type)}' object cannot be interpreted as an integer`);
    }
    return Number(v.value);
  });
  const extra = o instanceof PyStructSequence ? o.extra : [];
  const zone = extra[0] instanceof PyUnicode ? extra[0].value : host.localZone(0).name;
  const off = extra[1] instanceof PyLong ? Number(extra[1].value) : 0;
  return { year: n[0], mon: n[1], mday: n[2], hour: n[3], min: n[4], sec: n[5],
    wday: ((n[6] % 7) + 7) % 7, yday: n[7], isdst: n[8], zone, gmtoff: off };
}

/** strftime's and asctime's range checks. @see timemodule.c checktm */
function checkTm(tm: Tm): void {
  const bad = (what: string): never => {
    throw newExceptionMsg(PyExc_ValueError, `${what} out of range`);
  };
  if (tm.mon === 0) tm.mon = 1;
  else if (tm.mon < 0 || tm.mon > 12) bad('month');
  if (tm.mday === 0) tm.mday = 1;
  else if (tm.mday < 0 || tm.mday > 31) bad('day of month');
  if (tm.hour < 0 || tm.hour > 23) bad('hour');
  if (tm.min < 0 || tm.min > 59) bad('minute');
  if (tm.sec < 0 || tm.sec > 61) bad('seconds');
  if (tm.yday === 0) tm.yday = 1;
  else if (tm.yday < 0 || tm.yday > 366) bad('day of year');
}

const pad = (v: number, w: number, c = '0'): string => String(v).padStart(w, c);

/** The C locale's asctime: "Sun Jun 20 23:21:05 1993". */
function asctime(tm: Tm): string {
  return `${DAYS[tm.wday]} ${MONTHS[tm.mon - 1]}${pad(tm.mday, 3, ' ')} ${pad(tm.hour, 2)}:`
    + `${pad(tm.min, 2)}:${pad(tm.sec, 2)} ${tm.year}`;
}

/** ISO 8601 week-based year and week number. */
function isoWeek(tm: Tm): [number, number] {
  const wdayMon1 = tm.wday + 1;
  const yday0 = tm.yday - 1;
  let week = Math.floor((yday0 - wdayMon1 + 10) / 7);
  let year = tm.year;
  const weeksIn = (y: number): number => {
    const jan1 = (new Date(Date.UTC(y, 0, 1)).getUTCDay() + 6) % 7;
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    return jan1 === 3 || (leap && jan1 === 2) ? 53 : 52;
  };
  if (week < 1) {
    year--;
    week = weeksIn(year);
  } else if (week > weeksIn(year)) {
    year++;
    week = 1;
  }
  return [year, week];
}

/** glibc's strftime in the C locale. */
function strftime(fmt: string, tm: Tm): string {
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== '%' || i + 1 >= fmt.length) { out += c; continue; }
    const f = fmt[++i];
    const sunday0 = (tm.wday + 1) % 7;
    switch (f) {
      case 'a': out += DAYS[tm.wday]; break;
      case 'A': out += DAY_NAMES[tm.wday]; break;
      case 'b': case 'h': out += MONTHS[tm.mon - 1]; break;
      case 'B': out += MONTH_NAMES[tm.mon - 1]; break;
      case 'c': out += `${DAYS[tm.wday]} ${MONTHS[tm.mon - 1]} ${pad(tm.mday, 2, ' ')} `
        + `${pad(tm.hour, 2)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)} ${tm.year}`; break;
      case 'C': out += pad(Math.floor(tm.year / 100), 2); break;
      case 'd': out += pad(tm.mday, 2); break;
      case 'D': out += `${pad(tm.mon, 2)}/${pad(tm.mday, 2)}/${pad(tm.year % 100, 2)}`; break;
      case 'e': out += pad(tm.mday, 2, ' '); break;
      case 'F': out += `${tm.year}-${pad(tm.mon, 2)}-${pad(tm.mday, 2)}`; break;
      case 'G': out += String(isoWeek(tm)[0]); break;
      case 'g': out += pad(isoWeek(tm)[0] % 100, 2); break;
      case 'H': out += pad(tm.hour, 2); break;
      case 'I': out += pad(tm.hour % 12 === 0 ? 12 : tm.hour % 12, 2); break;
      case 'j': out += pad(tm.yday, 3); break;
      case 'k': out += pad(tm.hour, 2, ' '); break;
      case 'l': out += pad(tm.hour % 12 === 0 ? 12 : tm.hour % 12, 2, ' '); break;
      case 'm': out += pad(tm.mon, 2); break;
      case 'M': out += pad(tm.min, 2); break;
      case 'n': out += '\n'; break;
      case 'p': out += tm.hour < 12 ? 'AM' : 'PM'; break;
      case 'P': out += tm.hour < 12 ? 'am' : 'pm'; break;
      case 'r': out += `${pad(tm.hour % 12 === 0 ? 12 : tm.hour % 12, 2)}:${pad(tm.min, 2)}:`
        + `${pad(tm.sec, 2)} ${tm.hour < 12 ? 'AM' : 'PM'}`; break;
      case 'R': out += `${pad(tm.hour, 2)}:${pad(tm.min, 2)}`; break;
      case 'S': out += pad(tm.sec, 2); break;
      case 't': out += '\t'; break;
      case 'T': case 'X': out += `${pad(tm.hour, 2)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)}`; break;
      case 'u': out += String(tm.wday + 1); break;
      case 'U': out += pad(Math.floor((tm.yday - 1 + 7 - sunday0) / 7), 2); break;
      case 'V': out += pad(isoWeek(tm)[1], 2); break;
      case 'w': out += String(sunday0); break;
      case 'W': out += pad(Math.floor((tm.yday - 1 + 7 - tm.wday) / 7), 2); break;
      case 'x': out += `${pad(tm.mon, 2)}/${pad(tm.mday, 2)}/${pad(tm.year % 100, 2)}`; break;
      case 'y': out += pad(((tm.year % 100) + 100) % 100, 2); break;
      case 'Y': out += String(tm.year); break;
      case 'z': {
        const o = Math.abs(tm.gmtoff);
        out += `${tm.gmtoff < 0 ? '-' : '+'}${pad(Math.floor(o / 3600), 2)}${pad(Math.floor(o / 60) % 60, 2)}`;
        break;
      }
      case 'Z': out += tm.zone; break;
      case '%': out += '%'; break;
      default: out += `%${f}`;
    }
  }
  return out;
}

/** Build `time`. @see Modules/timemodule.c time_exec */
export function makeTimeModule(host: Host): PyModule {
  const now = (): number => host.now();
  return newModule('time', (def, m) => {
    def('time', (a, k) => { noArgs('time.time', a, k); return newFloat(now()); });
    def('time_ns', (a, k) => { noArgs('time.time_ns', a, k); return newInt(BigInt(Math.round(now() * 1e6)) * 1000n); });
    const mono = (): number => Number(host.monotonicNs()) / 1e9;
    for (const name of ['monotonic', 'perf_counter']) {
      def(name, (a, k) => { noArgs(`time.${name}`, a, k); return newFloat(mono()); });
      def(`${name}_ns`, (a, k) => { noArgs(`time.${name}_ns`, a, k); return newInt(host.monotonicNs()); });
    }
    for (const name of ['process_time', 'thread_time']) {
      def(name, (a, k) => { noArgs(`time.${name}`, a, k); return newFloat(host.cpuTime()); });
      def(`${name}_ns`, (a, k) => {
        noArgs(`time.${name}_ns`, a, k);
        return newInt(BigInt(Math.round(host.cpuTime() * 1e9)));
      });
    }
    def('sleep', (a, k) => {
      const o = oneArg('time.sleep', a, k);
      if (!(o instanceof PyFloat) && !(o instanceof PyLong)) {
        throw newExceptionMsg(PyExc_TypeError,
          `'${typeName(o.ob_type)}' object cannot be interpreted as an integer`);
      }
      const secs = asDouble(o);
      if (Number.isNaN(secs)) throw newExceptionMsg(PyExc_ValueError, 'Invalid value NaN (not a number)');
      if (secs < 0) throw newExceptionMsg(PyExc_ValueError, 'sleep length must be non-negative');
      host.sleep(secs);
      return Py_None;
    });
    def('gmtime', (a, k) => {
      positional('gmtime', 'time.gmtime', a, k, 0, 1);
      return structTime(breakDown(timestamp(a[0], now), true, host));
    });
    def('localtime', (a, k) => {
      positional('localtime', 'time.localtime', a, k, 0, 1);
      return structTime(breakDown(timestamp(a[0], now), false, host));
    });
    def('mktime', (a, k) => {
      const tm = getTmArg(oneArg('time.mktime', a, k), host, 'mktime');
      const t = new Date(tm.year, tm.mon - 1, tm.mday, tm.hour, tm.min, tm.sec).getTime();
      if (Number.isNaN(t)) throw newExceptionMsg(PyExc_OverflowError, 'mktime argument out of range');
      return newFloat(t / 1000);
    });
    def('asctime', (a, k) => {
      positional('asctime', 'time.asctime', a, k, 0, 1);
      const tm = a[0] === undefined ? breakDown(Math.floor(now()), false, host)
        : getTmArg(a[0], host, 'asctime');
      checkTm(tm);
      return newStr(asctime(tm));
    });
    def('ctime', (a, k) => {
      positional('ctime', 'time.ctime', a, k, 0, 1);
      return newStr(asctime(breakDown(timestamp(a[0], now), false, host)));
    });
    def('strftime', (a, k) => {
      positional('strftime', 'time.strftime', a, k, 1, 2);
      const f = a[0];
      if (!(f instanceof PyUnicode)) {
        throw newExceptionMsg(PyExc_TypeError,
          `strftime() argument 1 must be str, not ${typeName(f.ob_type)}`);
      }
      const tm = a[1] === undefined ? breakDown(Math.floor(now()), false, host)
        : getTmArg(a[1], host, 'strftime');
      checkTm(tm);
      return newStr(strftime(f.value, tm));
    });
    m.dict.setItemStr('struct_time', PyStructTime_Type);
    const y = new Date(now() * 1000).getFullYear();
    const jan = host.localZone(Date.UTC(y, 0, 1) / 1000);
    const jul = host.localZone(Date.UTC(y, 6, 1) / 1000);
    const std = jan.offset <= jul.offset ? jan : jul;
    const dst = jan.offset <= jul.offset ? jul : jan;
    m.dict.setItemStr('timezone', newInt(-std.offset));
    m.dict.setItemStr('altzone', newInt(-dst.offset));
    m.dict.setItemStr('daylight', newInt(jan.offset !== jul.offset ? 1 : 0));
    m.dict.setItemStr('tzname', newTuple([newStr(std.name), newStr(dst.name)]));
  });
}
