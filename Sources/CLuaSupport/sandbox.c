// Standard-library replacements for the script sandbox. They live in C because they call
// back into Lua and raise Lua errors.
#include "CLuaSupport.h"

#include <lua.h>
#include <lauxlib.h>
#include <string.h>

// ---- coroutines -----------------------------------------------------------------------
// Adapted from Lua 5.4.4's lcorolib.c (MIT licence, Copyright (C) 1994-2022 Lua.org,
// PUC-Rio). The only change: the guard learns which thread runs, and each thread gets the
// hook that matches the guard's state before it runs and after it returns.

static void guard_sync(lua_State *L);

static int aux_resume(lua_State *L, lua_State *co, int narg) {
    int status, nres;
    if (!lua_checkstack(co, narg)) {
        lua_pushliteral(L, "too many arguments to resume");
        return -1;
    }
    lua_xmove(L, co, narg);
    clua_guard *g = clua_guard_of(L);
    lua_State *previous = g->current;
    g->current = co;
    guard_sync(co);
    status = lua_resume(co, L, narg, &nres);
    g->current = previous;
    guard_sync(L);
    if (status == LUA_OK || status == LUA_YIELD) {
        if (!lua_checkstack(L, nres + 1)) {
            lua_pop(co, nres);
            lua_pushliteral(L, "too many results to resume");
            return -1;
        }
        lua_xmove(co, L, nres);
        return nres;
    }
    lua_xmove(co, L, 1);
    return -1;
}

static int guarded_resume(lua_State *L) {
    lua_State *co = lua_tothread(L, 1);
    luaL_argexpected(L, co, 1, "coroutine");
    int r = aux_resume(L, co, lua_gettop(L) - 1);
    if (r < 0) {
        lua_pushboolean(L, 0);
        lua_insert(L, -2);
        return 2;
    }
    lua_pushboolean(L, 1);
    lua_insert(L, -(r + 1));
    return r + 1;
}

static int guarded_wrapped_call(lua_State *L) {
    lua_State *co = lua_tothread(L, lua_upvalueindex(1));
    int r = aux_resume(L, co, lua_gettop(L));
    if (r < 0) {
        int stat = lua_status(co);
        if (stat != LUA_OK && stat != LUA_YIELD) {
            stat = lua_resetthread(co);
            lua_xmove(co, L, 1);
        }
        if (stat != LUA_ERRMEM && lua_type(L, -1) == LUA_TSTRING) {
            luaL_where(L, 1);
            lua_insert(L, -2);
            lua_concat(L, 2);
        }
        return lua_error(L);
    }
    return r;
}

static int guarded_wrap(lua_State *L) {
    luaL_checktype(L, 1, LUA_TFUNCTION);
    lua_State *co = lua_newthread(L);
    lua_pushvalue(L, 1);
    lua_xmove(L, co, 1);
    lua_pushcclosure(L, guarded_wrapped_call, 1);
    return 1;
}

void clua_install_guarded_coroutines(lua_State *L) {
    if (lua_getglobal(L, "coroutine") != LUA_TTABLE) {
        lua_pop(L, 1);
        return;
    }
    lua_pushcfunction(L, guarded_resume);
    lua_setfield(L, -2, "resume");
    lua_pushcfunction(L, guarded_wrap);
    lua_setfield(L, -2, "wrap");
    lua_pop(L, 1);
}

static void guard_sync(lua_State *L) { clua_guard_sync_thread(L); }

// ---- load -----------------------------------------------------------------------------

static int text_only_load(lua_State *L) {
    int n = lua_gettop(L);
    if (n < 1) return luaL_argerror(L, 1, "string or function expected");
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, 1);
    if (n >= 2) lua_pushvalue(L, 2); else lua_pushnil(L);
    lua_pushliteral(L, "t");
    int args = 3;
    if (n >= 4) {
        lua_pushvalue(L, 4);
        args = 4;
    }
    lua_call(L, args, LUA_MULTRET);
    return lua_gettop(L) - n;
}

void clua_install_text_only_load(lua_State *L) {
    lua_getglobal(L, "load");
    lua_pushcclosure(L, text_only_load, 1);
    lua_setglobal(L, "load");
}

// ---- collectgarbage -------------------------------------------------------------------

static int safe_collectgarbage(lua_State *L) {
    const char *option = luaL_optstring(L, 1, "collect");
    static const char *const allowed[] = {"collect", "count", "step", "isrunning", NULL};
    int ok = 0;
    for (int i = 0; allowed[i]; i++)
        if (strcmp(option, allowed[i]) == 0) ok = 1;
    if (!ok)
        return luaL_error(L, "collectgarbage(\"%s\") is not available to Dossier scripts "
                             "(allowed: collect, count, step, isrunning)", option);
    int n = lua_gettop(L);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, n, LUA_MULTRET);
    return lua_gettop(L);
}

void clua_install_safe_collectgarbage(lua_State *L) {
    lua_getglobal(L, "collectgarbage");
    lua_pushcclosure(L, safe_collectgarbage, 1);
    lua_setglobal(L, "collectgarbage");
}

void clua_protect_string_metatable(lua_State *L) {
    lua_pushliteral(L, "");
    if (lua_getmetatable(L, -1)) {
        lua_pushboolean(L, 0);
        lua_setfield(L, -2, "__metatable");
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}
