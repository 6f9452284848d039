package analyzer

import (
	"go/types"
	"strings"
)

// This file holds small questions about types that the resolver and
// the fix stage ask.

// isSDKError reports whether t, or what it points to, is the official
// SDK's errors.TencentCloudSDKError.
func isSDKError(t types.Type) bool {
	obj := namedObj(t)
	return obj != nil && obj.Name() == "TencentCloudSDKError" && obj.Pkg() != nil && isSDKErrorsPath(obj.Pkg().Path())
}

// isGetterName reports whether a method called name reads as a getter
// of a result code: Code, or a name that ends in ErrorCode, ErrCode,
// RetCode or ResultCode, with or without Get before it. StatusCode and
// the like are not: an envelope may well carry an HTTP status too.
func isGetterName(name string) bool {
	name = strings.TrimPrefix(name, "Get")
	switch {
	case name == "Code":
		return true
	case strings.HasSuffix(name, "ErrorCode"), strings.HasSuffix(name, "ErrCode"),
		strings.HasSuffix(name, "RetCode"), strings.HasSuffix(name, "ResultCode"):
		return true
	}
	return false
}

// declaringType returns the type whose struct declares the field that
// the embedding path index leads to from recv.
func declaringType(recv types.Type, index []int) types.Type {
	t := deref(recv)
	for _, i := range index[:len(index)-1] {
		s, ok := t.Underlying().(*types.Struct)
		if !ok {
			return nil
		}
		t = deref(s.Field(i).Type())
	}
	return t
}

// isNamed reports whether t, or what it points to, is the named type
// pkgPath.name.
func isNamed(t types.Type, pkgPath, name string) bool {
	obj := namedObj(t)
	return obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == pkgPath && obj.Name() == name
}

// namedObj returns the declaration of t, or of what it points to, if it
// is a named type (of a generic type, its origin's); nil otherwise.
func namedObj(t types.Type) *types.TypeName {
	if t == nil {
		return nil
	}
	n, ok := types.Unalias(deref(t)).(*types.Named)
	if !ok {
		return nil
	}
	return n.Origin().Obj()
}

func deref(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// isCodeType reports whether a Code field of type t can hold a numeric
// code: an integer, a pointer to one, or an interface (which JSON fills
// with a float64 that the code then asserts).
func isCodeType(t types.Type) bool {
	t = deref(t)
	if intTypeParam(t) {
		return true // Code C, for C ~int | ~int32
	}
	if _, ok := t.Underlying().(*types.Interface); ok {
		return !isTypeParam(t)
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// isNumber reports whether t is an integer or floating-point type, or
// a type parameter that can only be an integer.
func isNumber(t types.Type) bool {
	if t == nil {
		return false
	}
	if isTypeParam(t) {
		return intTypeParam(t)
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsInteger|types.IsFloat) != 0
}

// sameKind reports whether t and u are both numbers or both strings:
// a conversion between them keeps a code a code.
func sameKind(t, u types.Type) bool {
	return (isNumber(t) && isNumber(u)) || (t != nil && u != nil && isString(t) && isString(u))
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func isTypeParam(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.TypeParam)
	return ok
}

// intTypeParam reports whether t is a type parameter whose type set
// holds integer types only (C ~int | ~int32, or constraints.Integer):
// a number, whatever its instance.
func intTypeParam(t types.Type) bool {
	tp, ok := types.Unalias(t).(*types.TypeParam)
	if !ok {
		return false
	}
	iface, ok := tp.Constraint().Underlying().(*types.Interface)
	return ok && integerTerms(iface, 0)
}

// integerTerms reports whether the interface iface restricts its type
// set to integer types: it embeds at least one union or type, and each
// of them holds integers only.
func integerTerms(iface *types.Interface, depth int) bool {
	if depth > maxDepth {
		return false
	}
	found := false
	for i := range iface.NumEmbeddeds() {
		switch e := iface.EmbeddedType(i).(type) {
		case *types.Union:
			for j := range e.Len() {
				term := e.Term(j).Type()
				if inner, ok := term.Underlying().(*types.Interface); ok {
					if !integerTerms(inner, depth+1) {
						return false // Signed | Unsigned, as constraints.Integer
					}
				} else if !isInteger(term) {
					return false
				}
			}
		default:
			if inner, ok := e.Underlying().(*types.Interface); ok {
				if !integerTerms(inner, depth+1) {
					return false
				}
			} else if !isInteger(e) {
				return false
			}
		}
		found = true
	}
	return found
}

func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// coreType returns the one type that the type parameter t's constraint
// allows (interface{ *Reply; GetCode() int }), or nil.
func coreType(t types.Type) types.Type {
	tp, ok := types.Unalias(t).(*types.TypeParam)
	if !ok {
		return nil
	}
	iface, ok := tp.Constraint().Underlying().(*types.Interface)
	if !ok || iface.NumEmbeddeds() != 1 {
		return nil
	}
	switch e := iface.EmbeddedType(0).(type) {
	case *types.Union:
		if e.Len() == 1 && !e.Term(0).Tilde() {
			return e.Term(0).Type()
		}
	case *types.Interface:
	default:
		if _, ok := e.Underlying().(*types.Interface); !ok {
			return e
		}
	}
	return nil
}

func isPointer(t types.Type) bool {
	if t == nil {
		return false
	}
	_, ok := t.Underlying().(*types.Pointer)
	return ok
}
