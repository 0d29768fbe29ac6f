// Mirrors the code validation of Modules/_sre/sre.c (_validate and its helpers): before a
// Pattern object exists, its code must have exactly the shape re._compiler emits, so that the
// matcher can trust every skip and operand. Any misfit is RuntimeError("invalid SRE code").

import {
  OP_FAILURE, OP_SUCCESS, OP_ANY, OP_ANY_ALL, OP_ASSERT, OP_ASSERT_NOT, OP_AT, OP_BRANCH,
  OP_CATEGORY, OP_CHARSET, OP_BIGCHARSET, OP_GROUPREF, OP_GROUPREF_EXISTS, OP_IN, OP_INFO,
  OP_JUMP, OP_LITERAL, OP_MARK, OP_MAX_UNTIL, OP_MIN_UNTIL, OP_NOT_LITERAL, OP_NEGATE,
  OP_RANGE, OP_REPEAT, OP_REPEAT_ONE, OP_MIN_REPEAT_ONE, OP_ATOMIC_GROUP, OP_POSSESSIVE_REPEAT,
  OP_POSSESSIVE_REPEAT_ONE, OP_GROUPREF_IGNORE, OP_IN_IGNORE, OP_LITERAL_IGNORE,
  OP_NOT_LITERAL_IGNORE, OP_GROUPREF_LOC_IGNORE, OP_IN_LOC_IGNORE, OP_LITERAL_LOC_IGNORE,
  OP_NOT_LITERAL_LOC_IGNORE, OP_GROUPREF_UNI_IGNORE, OP_IN_UNI_IGNORE, OP_LITERAL_UNI_IGNORE,
  OP_NOT_LITERAL_UNI_IGNORE, OP_RANGE_UNI_IGNORE, SRE_INFO_PREFIX, SRE_INFO_LITERAL,
  SRE_INFO_CHARSET, SRE_MAXREPEAT, SRE_MAXGROUPS, AT_UNI_NON_BOUNDARY,
  CATEGORY_UNI_NOT_LINEBREAK,
} from './sre_constants.js';

/** Thrown inside the validator: the code does not fit (sre.c's FAIL). */
class Invalid extends Error {}
const FAIL = new Invalid();

/** The validator's cursor: `code` is read as unsigned words. */
class Reader {
  constructor(readonly code: Int32Array, public pos: number) {}
  op(end: number): number {
    if (this.pos >= end) throw FAIL;
    return this.code[this.pos++] >>> 0;
  }
  /** GET_SKIP_ADJ: a skip that must stay inside [pos, end + adj]. */
  skip(end: number, adj = 0): number {
    if (this.pos >= end) throw FAIL;
    const skip = this.code[this.pos] >>> 0;
    if (skip - adj > end - this.pos) throw FAIL;
    this.pos++;
    return skip;
  }
}

/** @see sre.c _validate_charset */
function validateCharset(code: Int32Array, pos: number, end: number): void {
  const r = new Reader(code, pos);
  while (r.pos < end) {
    switch (r.op(end)) {
      case OP_NEGATE:
        break;
      case OP_LITERAL:
        r.op(end);
        break;
      case OP_RANGE:
      case OP_RANGE_UNI_IGNORE:
        r.op(end);
        r.op(end);
        break;
      case OP_CHARSET:
        if (8 > end - r.pos) throw FAIL;
        r.pos += 8;
        break;
      case OP_BIGCHARSET: {
        const blocks = r.op(end);
        if (64 > end - r.pos) throw FAIL;
        // Each of the 256 block indices (bytes, four to a word) must name a block.
        for (let i = 0; i < 256; i++) {
          if (((code[r.pos + (i >> 2)] >>> ((i & 3) * 8)) & 255) >= blocks) throw FAIL;
        }
        r.pos += 64;
        if (blocks * 8 > end - r.pos) throw FAIL;
        r.pos += blocks * 8;
        break;
      }
      case OP_CATEGORY:
        if (r.op(end) > CATEGORY_UNI_NOT_LINEBREAK) throw FAIL;
        break;
      default:
        throw FAIL;
    }
  }
}

/** Returns false normally and true when the last op is a JUMP. @see sre.c _validate_inner */
function validateInner(code: Int32Array, pos: number, end: number, groups: number): boolean {
  if (pos > end) throw FAIL;
  const r = new Reader(code, pos);
  while (r.pos < end) {
    const op = r.op(end);
    switch (op) {
      case OP_MARK:
        if (r.op(end) >= 2 * groups) throw FAIL;
        break;
      case OP_LITERAL: case OP_NOT_LITERAL: case OP_LITERAL_IGNORE:
      case OP_NOT_LITERAL_IGNORE: case OP_LITERAL_UNI_IGNORE: case OP_NOT_LITERAL_UNI_IGNORE:
      case OP_LITERAL_LOC_IGNORE: case OP_NOT_LITERAL_LOC_IGNORE:
        r.op(end);
        break;
      case OP_SUCCESS:
      case OP_FAILURE:
        break;
      case OP_AT:
        if (r.op(end) > AT_UNI_NON_BOUNDARY) throw FAIL;
        break;
      case OP_ANY:
      case OP_ANY_ALL:
        break;
      case OP_IN: case OP_IN_IGNORE: case OP_IN_UNI_IGNORE: case OP_IN_LOC_IGNORE: {
        const skip = r.skip(end);
        // The set ends with FAILURE one word before the skip's target.
        validateCharset(code, r.pos, r.pos + skip - 2);
        if (code[r.pos + skip - 2] !== OP_FAILURE) throw FAIL;
        r.pos += skip - 1;
        break;
      }
      case OP_INFO: {
        // <INFO> <skip> <flags> <min> <max> [prefix or charset]
        const skip = r.skip(end);
        const newcode = r.pos + skip - 1;
        const flags = r.op(end);
        r.op(end);
        r.op(end);
        if ((flags & ~(SRE_INFO_PREFIX | SRE_INFO_LITERAL | SRE_INFO_CHARSET)) !== 0) throw FAIL;
        if ((flags & SRE_INFO_PREFIX) !== 0 && (flags & SRE_INFO_CHARSET) !== 0) throw FAIL;
        if ((flags & SRE_INFO_LITERAL) !== 0 && (flags & SRE_INFO_PREFIX) === 0) throw FAIL;
        if ((flags & SRE_INFO_PREFIX) !== 0) {
          const prefixLen = r.op(end);
          r.op(end);
          if (prefixLen > newcode - r.pos) throw FAIL;
          r.pos += prefixLen;
          if (prefixLen > newcode - r.pos) throw FAIL;
          // Each overlap entry must fall inside the prefix.
          for (let i = 0; i < prefixLen; i++) {
            if ((code[r.pos + i] >>> 0) >= prefixLen) throw FAIL;
          }
          r.pos += prefixLen;
        }
        if ((flags & SRE_INFO_CHARSET) !== 0) {
          validateCharset(code, r.pos, newcode - 1);
          if (code[newcode - 1] !== OP_FAILURE) throw FAIL;
          r.pos = newcode;
        } else if (r.pos !== newcode) {
          throw FAIL;
        }
        break;
      }
      case OP_BRANCH: {
        // Every alternative ends with a JUMP, and all of them to the same place.
        let target = -1;
        for (;;) {
          const skip = r.skip(end);
          if (skip === 0) break;
          validateInner(code, r.pos, r.pos + skip - 3, groups);
          r.pos += skip - 3;
          if (r.op(end) !== OP_JUMP) throw FAIL;
          const jskip = r.skip(end);
          if (target === -1) target = r.pos + jskip - 1;
          else if (r.pos + jskip - 1 !== target) throw FAIL;
        }
        if (r.pos !== target) throw FAIL;
        break;
      }
      case OP_REPEAT_ONE: case OP_MIN_REPEAT_ONE: case OP_POSSESSIVE_REPEAT_ONE: {
        const skip = r.skip(end);
        const min = r.op(end);
        const max = r.op(end);
        if (min > max || max > SRE_MAXREPEAT) throw FAIL;
        validateInner(code, r.pos, r.pos + skip - 4, groups);
        r.pos += skip - 4;
        if (r.op(end) !== OP_SUCCESS) throw FAIL;
        break;
      }
      case OP_REPEAT: case OP_POSSESSIVE_REPEAT: {
        const skip = r.skip(end);
        const min = r.op(end);
        const max = r.op(end);
        if (min > max || max > SRE_MAXREPEAT) throw FAIL;
        validateInner(code, r.pos, r.pos + skip - 3, groups);
        r.pos += skip - 3;
        const last = r.op(end);
        if (op === OP_POSSESSIVE_REPEAT ? last !== OP_SUCCESS
          : last !== OP_MAX_UNTIL && last !== OP_MIN_UNTIL) throw FAIL;
        break;
      }
      case OP_ATOMIC_GROUP: {
        const skip = r.skip(end);
        validateInner(code, r.pos, r.pos + skip - 2, groups);
        r.pos += skip - 2;
        if (r.op(end) !== OP_SUCCESS) throw FAIL;
        break;
      }
      case OP_GROUPREF: case OP_GROUPREF_IGNORE: case OP_GROUPREF_UNI_IGNORE:
      case OP_GROUPREF_LOC_IGNORE:
        if (r.op(end) >= groups) throw FAIL;
        break;
      case OP_GROUPREF_EXISTS: {
        // (?(group)then|else): the 'then' part ends with a JUMP over the 'else' part when
        // there is one; the skip is relative to the group operand.
        if (r.op(end) >= groups) throw FAIL;
        let skip = r.skip(end, 1);
        r.pos--;
        let last = validateInner(code, r.pos + 1, r.pos + skip - 1, groups);
        if (last) {
          r.pos += skip - 2;
          skip = r.skip(end);
          last = validateInner(code, r.pos, r.pos + skip - 1, groups);
        }
        if (last) throw FAIL;
        r.pos += skip - 1;
        break;
      }
      case OP_ASSERT:
      case OP_ASSERT_NOT: {
        const skip = r.skip(end);
        r.op(end); // 0 for lookahead, the width for lookbehind
        r.pos--;
        validateInner(code, r.pos + 1, r.pos + skip - 2, groups);
        r.pos += skip - 2;
        if (r.op(end) !== OP_SUCCESS) throw FAIL;
        break;
      }
      case OP_JUMP:
        if (r.pos + 1 !== end) throw FAIL;
        return true;
      default:
        throw FAIL;
    }
  }
  return false;
}

/**
 * Is `code` well-formed for `groups` groups? (Deeply nested code recurses here; Python's
 * parser gives up on nesting long before the host stack would.) @see sre.c _validate
 */
export function validate(code: Int32Array, groups: number): boolean {
  const end = code.length;
  if (groups < 0 || groups > SRE_MAXGROUPS || end === 0 || code[end - 1] !== OP_SUCCESS) {
    return false;
  }
  try {
    validateInner(code, 0, end - 1, groups);
    return true;
  } catch (e) {
    if (e instanceof Invalid || e instanceof RangeError) return false;
    throw e;
  }
}
