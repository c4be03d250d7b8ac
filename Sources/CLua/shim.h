// Debian's Lua 5.4 C API as seen from Swift. Function-like macros and variadic functions
// are not imported by Swift, so the few the host needs are re-expressed here as small
// static inline functions; everything else is re-expressed in Swift (LuaMacros.swift).
#ifndef DOSSIER_CLUA_SHIM_H
#define DOSSIER_CLUA_SHIM_H

#include <lua.h>
#include <lualib.h>
#include <lauxlib.h>

/// lua_gc is variadic, so Swift cannot call it.
static inline int clua_gc(lua_State *L, int what, int arg) { return lua_gc(L, what, arg); }

/// LUA_REGISTRYINDEX is an expression macro.
static inline int clua_registryindex(void) { return LUA_REGISTRYINDEX; }

/// lua_upvalueindex is a function-like macro.
static inline int clua_upvalueindex(int i) { return lua_upvalueindex(i); }

/// The address of the extra space before each lua_State (LUA_EXTRASPACE bytes).
static inline void **clua_extraspace(lua_State *L) { return (void **)lua_getextraspace(L); }

#endif
