// Limits for untrusted scripts: a counting allocator, an instruction budget, and a
// wall-clock deadline that costs nothing until it fires. Once a limit fires, a hook raises
// an error at every call, return and instruction, so a script's own pcall cannot swallow it.
#define _GNU_SOURCE
#include "CLuaSupport.h"

#include <lua.h>
#include <lauxlib.h>

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/syscall.h>

enum { COUNT_STEP = 1000 };
/// Bytes allowed past the limit once it fired, so the error and its traceback can be built.
enum { ERROR_HEADROOM = 256 * 1024 };

/// The guard whose state is running Lua on this thread; read by the deadline signal handler.
static __thread clua_guard *volatile active_guard;
static __thread timer_t thread_timer;
static __thread int thread_timer_ready;

static pthread_once_t signal_once = PTHREAD_ONCE_INIT;
static pthread_key_t timer_key;
static int deadline_signal;

clua_guard *clua_guard_of(lua_State *L) {
    return *(clua_guard **)lua_getextraspace(L);
}

static const char *stop_text(int reason) {
    switch (reason) {
    case CLUA_STOP_TIME: return "time limit exceeded";
    case CLUA_STOP_INSTRUCTIONS: return "instruction limit exceeded";
    case CLUA_STOP_MEMORY: return "memory limit exceeded";
    default: return "stopped by the host";
    }
}

static void guard_hook(lua_State *L, lua_Debug *ar);

/// Makes `L` raise at its next call, return or instruction.
static void set_stop_hook(lua_State *L) {
    if (L) lua_sethook(L, guard_hook, LUA_MASKCALL | LUA_MASKRET | LUA_MASKCOUNT, 1);
}

/// Gives a thread the hook that matches the guard's state.
static void sync_hook(clua_guard *g, lua_State *L) {
    if (g->stop_reason) set_stop_hook(L);
    else if (g->counting) lua_sethook(L, guard_hook, LUA_MASKCOUNT, COUNT_STEP);
    else lua_sethook(L, NULL, 0, 0);
}

void clua_guard_sync_thread(lua_State *L) {
    sync_hook(clua_guard_of(L), L);
}

static void stop(clua_guard *g, int reason) {
    if (!g->stop_reason) g->stop_reason = reason;
    set_stop_hook(g->main);
    if (g->current != g->main) set_stop_hook(g->current);
}

static void guard_hook(lua_State *L, lua_Debug *ar) {
    clua_guard *g = clua_guard_of(L);
    if (!g->stop_reason) {
        if (ar->event != LUA_HOOKCOUNT || !g->counting) return;
        g->instructions_left -= COUNT_STEP;
        if (g->instructions_left > 0) return;
        stop(g, CLUA_STOP_INSTRUCTIONS);
    }
    if (ar->event == LUA_HOOKCALL) {
        // The host's message handler must run, or the error would lose its traceback.
        lua_getinfo(L, "f", ar);
        int is_handler = lua_tocfunction(L, -1) == clua_traceback_handler;
        lua_pop(L, 1);
        if (is_handler) return;
    }
    luaL_where(L, 0);
    lua_pushstring(L, stop_text(g->stop_reason));
    lua_concat(L, 2);
    lua_error(L);
}

void *clua_guard_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
    clua_guard *g = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        g->used -= old;
        return NULL;
    }
    if (g->limit && g->enforcing && nsize > old) {
        size_t allowed = g->limit + (g->stop_reason == CLUA_STOP_MEMORY ? ERROR_HEADROOM : 0);
        if (g->used - old + nsize > allowed) {
            stop(g, CLUA_STOP_MEMORY);
            return NULL;
        }
    }
    void *block = realloc(ptr, nsize);
    if (!block) return NULL;
    g->used = g->used - old + nsize;
    if (g->used > g->peak) g->peak = g->used;
    return block;
}

static int panic_handler(lua_State *L) {
    const char *msg = lua_tostring(L, -1);
    const char prefix[] = "dossier: unprotected Lua error: ";
    ssize_t ignored = write(2, prefix, sizeof prefix - 1);
    if (msg) ignored = write(2, msg, strlen(msg));
    ignored = write(2, "\n", 1);
    (void)ignored;
    return 0;  // lua_atpanic: returning aborts the process, which is right for a host bug
}

lua_State *clua_guard_newstate(clua_guard *g) {
    lua_State *L = lua_newstate(clua_guard_alloc, g);
    if (!L) return NULL;
    lua_atpanic(L, panic_handler);
    *(clua_guard **)lua_getextraspace(L) = g;
    g->main = L;
    g->current = L;
    return L;
}

// ---- deadline -------------------------------------------------------------------------

static void on_deadline(int sig, siginfo_t *info, void *context) {
    (void)sig; (void)info; (void)context;
    clua_guard *g = active_guard;
    if (g) stop(g, CLUA_STOP_TIME);  // lua_sethook is documented as signal-safe
}

static void delete_thread_timer(void *timer) {
    timer_delete((timer_t)timer);
}

static void install_signal(void) {
    deadline_signal = SIGRTMIN + 5;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = on_deadline;
    action.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&action.sa_mask);
    sigaction(deadline_signal, &action, NULL);
    pthread_key_create(&timer_key, delete_thread_timer);
}

/// A timer that signals this thread only, so each worker's deadline interrupts its own state.
static int ensure_thread_timer(void) {
    if (thread_timer_ready) return 0;
    pthread_once(&signal_once, install_signal);
    // Thread pools (libdispatch workers, for one) block every signal on their threads;
    // the deadline signal is ours alone, so unblocking it here disturbs nobody.
    sigset_t ours;
    sigemptyset(&ours);
    sigaddset(&ours, deadline_signal);
    pthread_sigmask(SIG_UNBLOCK, &ours, NULL);
    struct sigevent event;
    memset(&event, 0, sizeof event);
    event.sigev_notify = SIGEV_THREAD_ID;
    event.sigev_signo = deadline_signal;
    event._sigev_un._tid = (pid_t)syscall(SYS_gettid);
    if (timer_create(CLOCK_MONOTONIC, &event, &thread_timer) != 0) return -1;
    pthread_setspecific(timer_key, (void *)thread_timer);
    thread_timer_ready = 1;
    return 0;
}

static int set_timer(int64_t milliseconds) {
    struct itimerspec spec;
    memset(&spec, 0, sizeof spec);
    spec.it_value.tv_sec = milliseconds / 1000;
    spec.it_value.tv_nsec = (long)(milliseconds % 1000) * 1000000L;
    return timer_settime(thread_timer, 0, &spec, NULL);
}

int clua_guard_begin(lua_State *L, int64_t instructions, int64_t milliseconds) {
    clua_guard *g = clua_guard_of(L);
    g->stop_reason = CLUA_STOP_NONE;
    g->current = g->main;
    g->counting = instructions > 0;
    g->instructions_left = instructions;
    sync_hook(g, g->main);
    g->enforcing = 1;
    active_guard = g;
    if (milliseconds > 0) {
        if (ensure_thread_timer() != 0) return -1;
        if (set_timer(milliseconds) != 0) return -1;
    }
    return 0;
}

int clua_guard_end(lua_State *L) {
    clua_guard *g = clua_guard_of(L);
    if (thread_timer_ready) set_timer(0);
    active_guard = NULL;
    g->enforcing = 0;
    int reason = g->stop_reason;
    g->current = g->main;
    g->counting = 0;
    lua_sethook(g->main, NULL, 0, 0);
    return reason;
}

// ---- errors ---------------------------------------------------------------------------

int clua_traceback_handler(lua_State *L) {
    const char *msg = lua_tostring(L, 1);
    if (msg == NULL) {
        if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
            msg = lua_tostring(L, -1);
        else
            msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    }
    luaL_traceback(L, L, msg, 1);
    return 1;
}

static int host_trampoline(lua_State *L) {
    clua_host_function function = (clua_host_function)lua_touserdata(L, lua_upvalueindex(1));
    void *context = lua_touserdata(L, lua_upvalueindex(2));
    int results = function(L, context);
    if (results < 0) return lua_error(L);
    return results;
}

void clua_push_host_function(lua_State *L, clua_host_function function, void *context) {
    lua_pushlightuserdata(L, (void *)function);
    lua_pushlightuserdata(L, context);
    lua_pushcclosure(L, host_trampoline, 2);
}
