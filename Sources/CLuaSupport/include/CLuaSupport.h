// Host support that must be written in C because it raises Lua errors (longjmp) or runs
// inside a signal handler. Swift code never raises a Lua error itself: Swift bindings return
// -1 with a message on the stack and the C trampoline below raises it, so a longjmp only
// ever crosses C frames.
#ifndef DOSSIER_CLUA_SUPPORT_H
#define DOSSIER_CLUA_SUPPORT_H

#include <stddef.h>
#include <stdint.h>

typedef struct lua_State lua_State;

/// Why a guarded run was stopped by the host.
typedef enum {
    CLUA_STOP_NONE = 0,
    CLUA_STOP_TIME = 1,
    CLUA_STOP_INSTRUCTIONS = 2,
    CLUA_STOP_MEMORY = 3,
} clua_stop_reason;

/// Per-state limits and accounting. One guard belongs to one lua_State (and its coroutines);
/// its address is kept in the state's extra space so C hooks and Swift bindings find it.
typedef struct clua_guard {
    /// Bytes currently allocated by the state.
    size_t used;
    /// Highest `used` seen since the last reset.
    size_t peak;
    /// Allocation limit in bytes (0: unlimited).
    size_t limit;
    /// Instructions still allowed in this run (ignored when `counting` is 0).
    int64_t instructions_left;
    /// Whether an instruction budget is active (a count hook is set).
    int counting;
    /// Whether `limit` is enforced now: only during guarded calls, so the host's own pushes
    /// between calls never fail (an allocation error outside a protected call would abort).
    int enforcing;
    /// Non-zero once a limit fired; every Lua instruction then raises until the host resets.
    volatile int stop_reason;
    /// The state's main thread.
    lua_State *main;
    /// The thread (main or coroutine) currently running Lua code; read by the signal handler.
    lua_State *volatile current;
    /// Opaque pointer for the Swift host object.
    void *host;
} clua_guard;

/// The allocator for lua_newstate: realloc/free that counts bytes and refuses growth past
/// `guard->limit` (which makes Lua raise "not enough memory").
void *clua_guard_alloc(void *ud, void *ptr, size_t osize, size_t nsize);

/// Creates a state whose allocations are counted by `guard`; stores `guard` in the state's
/// extra space. Returns NULL when the state cannot be created.
lua_State *clua_guard_newstate(clua_guard *guard);

/// The guard of a state or one of its coroutines.
clua_guard *clua_guard_of(lua_State *L);

/// Prepares `L` for a guarded call: clears any stop, sets the instruction budget
/// (`instructions` <= 0: none), marks this thread as running `L`, and arms a wall-clock
/// deadline `milliseconds` from now on this thread (<= 0: none). The deadline costs
/// nothing until it fires: a per-thread POSIX timer sends a signal to this thread only.
/// Returns 0, or -1 when the timer could not be armed (errno set).
int clua_guard_begin(lua_State *L, int64_t instructions, int64_t milliseconds);

/// Disarms the deadline, removes hooks and forgets the running state. Returns the stop
/// reason seen during the call (a clua_stop_reason).
int clua_guard_end(lua_State *L);

/// Gives a thread (main or coroutine) the hook that matches its guard's current state.
void clua_guard_sync_thread(lua_State *L);

/// Message handler for lua_pcall: adds a traceback to string messages, and replaces the
/// message by the limit's own text once a limit fired.
int clua_traceback_handler(lua_State *L);

/// A Swift binding: returns the number of results, or -1 after pushing an error message.
typedef int (*clua_host_function)(lua_State *L, void *context);

/// Pushes a Lua C closure that calls `function(L, context)` and raises the error the binding
/// pushed when it returns -1. Error raising happens here, in C, never in Swift frames.
void clua_push_host_function(lua_State *L, clua_host_function function, void *context);

/// Replaces coroutine.resume and coroutine.wrap with versions that keep the guard's
/// `current` thread up to date, so a deadline interrupts a loop inside a coroutine too.
void clua_install_guarded_coroutines(lua_State *L);

/// Replaces the global `load` by one restricted to text chunks: the mode is always "t",
/// so precompiled bytecode is refused whatever the script asks for.
void clua_install_text_only_load(lua_State *L);

/// Replaces the global `collectgarbage` by one that only allows "collect", "count", "step"
/// and "isrunning": scripts must not stop the collector under a memory limit.
void clua_install_safe_collectgarbage(lua_State *L);

/// Sets the string metatable's __metatable field so scripts cannot read or change it.
void clua_protect_string_metatable(lua_State *L);

#endif
