// Mirrors the small part of Objects/typevarobject.c and Python/intrinsics.c that a generic
// function needs: `def f[T, *Ts, **P]()` makes a TypeVar, a TypeVarTuple and a ParamSpec and
// stores them in the function's __type_params__. Generic classes and aliases are lecture 08's.

import { PyObject, PyTypeObject, newStaticType } from '@ceval/core/object';
import { Py_None } from '@ceval/core/objects/noneobject';
import { PyUnicode, newStr } from '@ceval/core/objects/unicodeobject';
import { PyExc_SystemError, newExceptionMsg } from '@ceval/core/objects/exceptions';
import type { InstrHandler } from '@ceval/core/lecture';
import { setFunctionTypeParams } from './funcobject.js';

/** `typing.TypeVar`, `typing.TypeVarTuple`, `typing.ParamSpec`. @see typevarobject.c */
export const PyTypeVar_Type: PyTypeObject = newStaticType('typing.TypeVar');
export const PyTypeVarTuple_Type: PyTypeObject = newStaticType('typing.TypeVarTuple');
export const PyParamSpec_Type: PyTypeObject = newStaticType('typing.ParamSpec');

/**
 * A type parameter. A bound or constraints are kept as the lazily evaluated function the
 * compiler made for them (3.12+ evaluates them on first access of `__bound__`).
 */
export class PyTypeParam extends PyObject {
  name: string;
  bound: PyObject = Py_None;
  constraints: PyObject | null = null;
  constructor(type: PyTypeObject, name: string) {
    super(type);
    this.name = name;
  }
}

// repr: parameters made by the [T] syntax infer their variance, and such a parameter prints
// as its bare name (an explicit TypeVar('T') would print ~T). @see typevar_repr
for (const t of [PyTypeVar_Type, PyTypeVarTuple_Type, PyParamSpec_Type]) {
  t.tp_repr = (o) => newStr((o as PyTypeParam).name);
  t.tp_getset = [
    { name: '__name__', get: (o) => newStr((o as PyTypeParam).name), set: null },
    { name: '__module__', get: () => newStr('typing'), set: null },
  ];
}

function nameOf(v: PyObject): string {
  return (v as PyUnicode).value;
}

/** INTRINSIC_TYPEVAR (7), INTRINSIC_PARAMSPEC (8), INTRINSIC_TYPEVARTUPLE (9). @see intrinsics.c */
export const typeParamIntrinsics1: Record<number, (interp: unknown, v: PyObject) => PyObject> = {
  7: (_i, v) => new PyTypeParam(PyTypeVar_Type, nameOf(v)),
  8: (_i, v) => new PyTypeParam(PyParamSpec_Type, nameOf(v)),
  9: (_i, v) => new PyTypeParam(PyTypeVarTuple_Type, nameOf(v)),
};

/**
 * CALL_INTRINSIC_2 i: (value2, value1 -- res). Lecture 05 lists the opcode but no lecture
 * before this one gives it a body; these are the intrinsics generic functions use.
 * @see Python/bytecodes.c CALL_INTRINSIC_2, Python/intrinsics.c _PyIntrinsics_BinaryFunctions
 */
export const callIntrinsic2: InstrHandler = (interp, _frame, oparg, sp) => {
  const stack = interp.stack as (PyObject | null)[];
  const v2 = stack[sp - 2] as PyObject;
  const v1 = stack[sp - 1] as PyObject;
  let res: PyObject;
  switch (oparg) {
    case 2: { // INTRINSIC_TYPEVAR_WITH_BOUND
      const tv = new PyTypeParam(PyTypeVar_Type, nameOf(v2));
      tv.bound = v1;
      res = tv;
      break;
    }
    case 3: { // INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
      const tv = new PyTypeParam(PyTypeVar_Type, nameOf(v2));
      tv.constraints = v1;
      res = tv;
      break;
    }
    case 4: // INTRINSIC_SET_FUNCTION_TYPE_PARAMS
      res = setFunctionTypeParams(v2, v1);
      break;
    case 5: // INTRINSIC_SET_TYPEPARAM_DEFAULT: defaults are evaluated lazily; keep the param.
      res = v2;
      break;
    default:
      throw newExceptionMsg(PyExc_SystemError,
        `CALL_INTRINSIC_2 ${oparg} arrives in a later lecture`);
  }
  stack[sp - 2] = res;
  stack[sp - 1] = null;
  return sp - 1;
};
