<?php

/**
 * The one declaration of the gearman extension's API. gearman_arginfo.h is
 * generated from this file by scripts/gen-arginfo; never edit it by hand.
 *
 * @generate-class-entries
 */

/**
 * @var int
 * @cvalue GEARMAN_ARGS_BUFFER_SIZE
 */
const GEARMAN_ARGS_BUFFER_SIZE = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_ARGUMENT_TOO_LARGE
 */
const GEARMAN_ARGUMENT_TOO_LARGE = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_CLIENT_ALLOCATED
 */
const GEARMAN_CLIENT_ALLOCATED = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_CLIENT_EXCEPTION
 */
const GEARMAN_CLIENT_EXCEPTION = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_CLIENT_FREE_TASKS
 */
const GEARMAN_CLIENT_FREE_TASKS = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_CLIENT_GENERATE_UNIQUE
 */
const GEARMAN_CLIENT_GENERATE_UNIQUE = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_CLIENT_NON_BLOCKING
 */
const GEARMAN_CLIENT_NON_BLOCKING = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_CLIENT_NO_NEW
 */
const GEARMAN_CLIENT_NO_NEW = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_CLIENT_STATE_IDLE
 */
const GEARMAN_CLIENT_STATE_IDLE = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_CLIENT_STATE_NEW
 */
const GEARMAN_CLIENT_STATE_NEW = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_CLIENT_STATE_PACKET
 */
const GEARMAN_CLIENT_STATE_PACKET = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_CLIENT_STATE_SUBMIT
 */
const GEARMAN_CLIENT_STATE_SUBMIT = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_CLIENT_TASK_IN_USE
 */
const GEARMAN_CLIENT_TASK_IN_USE = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_CLIENT_UNBUFFERED_RESULT
 */
const GEARMAN_CLIENT_UNBUFFERED_RESULT = UNKNOWN;
#ifdef HAVE_GEARMAN_CLIENT_STOP_WAIT_ON_SIGNAL
/**
 * @var int
 * @cvalue GEARMAN_CLIENT_STOP_WAIT_ON_SIGNAL
 */
const GEARMAN_CLIENT_STOP_WAIT_ON_SIGNAL = UNKNOWN;
#endif
#ifdef HAVE_GEARMAN_WORKER_STOP_WAIT_ON_SIGNAL
/**
 * @var int
 * @cvalue GEARMAN_WORKER_STOP_WAIT_ON_SIGNAL
 */
const GEARMAN_WORKER_STOP_WAIT_ON_SIGNAL = UNKNOWN;
#endif
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_ALL_YOURS
 */
const GEARMAN_COMMAND_ALL_YOURS = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_CANT_DO
 */
const GEARMAN_COMMAND_CANT_DO = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_CAN_DO
 */
const GEARMAN_COMMAND_CAN_DO = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_CAN_DO_TIMEOUT
 */
const GEARMAN_COMMAND_CAN_DO_TIMEOUT = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_ECHO_REQ
 */
const GEARMAN_COMMAND_ECHO_REQ = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_ECHO_RES
 */
const GEARMAN_COMMAND_ECHO_RES = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_ERROR
 */
const GEARMAN_COMMAND_ERROR = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_GET_STATUS
 */
const GEARMAN_COMMAND_GET_STATUS = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_GRAB_JOB
 */
const GEARMAN_COMMAND_GRAB_JOB = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_GRAB_JOB_UNIQ
 */
const GEARMAN_COMMAND_GRAB_JOB_UNIQ = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_JOB_ASSIGN
 */
const GEARMAN_COMMAND_JOB_ASSIGN = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_JOB_ASSIGN_UNIQ
 */
const GEARMAN_COMMAND_JOB_ASSIGN_UNIQ = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_JOB_CREATED
 */
const GEARMAN_COMMAND_JOB_CREATED = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_MAX
 */
const GEARMAN_COMMAND_MAX = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_NOOP
 */
const GEARMAN_COMMAND_NOOP = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_NO_JOB
 */
const GEARMAN_COMMAND_NO_JOB = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_OPTION_REQ
 */
const GEARMAN_COMMAND_OPTION_REQ = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_OPTION_RES
 */
const GEARMAN_COMMAND_OPTION_RES = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_PRE_SLEEP
 */
const GEARMAN_COMMAND_PRE_SLEEP = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_RESET_ABILITIES
 */
const GEARMAN_COMMAND_RESET_ABILITIES = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_SET_CLIENT_ID
 */
const GEARMAN_COMMAND_SET_CLIENT_ID = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_STATUS_RES
 */
const GEARMAN_COMMAND_STATUS_RES = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_SUBMIT_JOB
 */
const GEARMAN_COMMAND_SUBMIT_JOB = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_SUBMIT_JOB_BG
 */
const GEARMAN_COMMAND_SUBMIT_JOB_BG = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_SUBMIT_JOB_EPOCH
 */
const GEARMAN_COMMAND_SUBMIT_JOB_EPOCH = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_SUBMIT_JOB_HIGH
 */
const GEARMAN_COMMAND_SUBMIT_JOB_HIGH = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_SUBMIT_JOB_HIGH_BG
 */
const GEARMAN_COMMAND_SUBMIT_JOB_HIGH_BG = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_SUBMIT_JOB_LOW
 */
const GEARMAN_COMMAND_SUBMIT_JOB_LOW = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_SUBMIT_JOB_LOW_BG
 */
const GEARMAN_COMMAND_SUBMIT_JOB_LOW_BG = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_SUBMIT_JOB_SCHED
 */
const GEARMAN_COMMAND_SUBMIT_JOB_SCHED = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_TEXT
 */
const GEARMAN_COMMAND_TEXT = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_UNUSED
 */
const GEARMAN_COMMAND_UNUSED = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_WORK_COMPLETE
 */
const GEARMAN_COMMAND_WORK_COMPLETE = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_WORK_DATA
 */
const GEARMAN_COMMAND_WORK_DATA = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_WORK_EXCEPTION
 */
const GEARMAN_COMMAND_WORK_EXCEPTION = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_WORK_FAIL
 */
const GEARMAN_COMMAND_WORK_FAIL = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_WORK_STATUS
 */
const GEARMAN_COMMAND_WORK_STATUS = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COMMAND_WORK_WARNING
 */
const GEARMAN_COMMAND_WORK_WARNING = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_CON_CLOSE_AFTER_FLUSH
 */
const GEARMAN_CON_CLOSE_AFTER_FLUSH = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_CON_EXTERNAL_FD
 */
const GEARMAN_CON_EXTERNAL_FD = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_CON_IGNORE_LOST_CONNECTION
 */
const GEARMAN_CON_IGNORE_LOST_CONNECTION = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_CON_PACKET_IN_USE
 */
const GEARMAN_CON_PACKET_IN_USE = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_CON_READY
 */
const GEARMAN_CON_READY = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_CON_RECV_STATE_READ_DATA
 */
const GEARMAN_CON_RECV_STATE_READ_DATA = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_CON_SEND_STATE_NONE
 */
const GEARMAN_CON_SEND_STATE_NONE = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_COULD_NOT_CONNECT
 */
const GEARMAN_COULD_NOT_CONNECT = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_DATA_TOO_LARGE
 */
const GEARMAN_DATA_TOO_LARGE = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_DEFAULT_SOCKET_RECV_SIZE
 */
const GEARMAN_DEFAULT_SOCKET_RECV_SIZE = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_DEFAULT_SOCKET_SEND_SIZE
 */
const GEARMAN_DEFAULT_SOCKET_SEND_SIZE = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_DEFAULT_SOCKET_TIMEOUT
 */
const GEARMAN_DEFAULT_SOCKET_TIMEOUT = UNKNOWN;
/**
 * @var string
 * @cvalue GEARMAN_DEFAULT_TCP_HOST
 */
const GEARMAN_DEFAULT_TCP_HOST = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_DEFAULT_TCP_PORT
 */
const GEARMAN_DEFAULT_TCP_PORT = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_DONT_TRACK_PACKETS
 */
const GEARMAN_DONT_TRACK_PACKETS = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_ECHO_DATA_CORRUPTION
 */
const GEARMAN_ECHO_DATA_CORRUPTION = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_ERRNO
 */
const GEARMAN_ERRNO = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_EVENT
 */
const GEARMAN_EVENT = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_FLUSH_DATA
 */
const GEARMAN_FLUSH_DATA = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_GETADDRINFO
 */
const GEARMAN_GETADDRINFO = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_IGNORE_PACKET
 */
const GEARMAN_IGNORE_PACKET = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_INVALID_ARGUMENT
 */
const GEARMAN_INVALID_ARGUMENT = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_INVALID_COMMAND
 */
const GEARMAN_INVALID_COMMAND = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_INVALID_FUNCTION_NAME
 */
const GEARMAN_INVALID_FUNCTION_NAME = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_INVALID_MAGIC
 */
const GEARMAN_INVALID_MAGIC = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_INVALID_PACKET
 */
const GEARMAN_INVALID_PACKET = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_INVALID_SERVER_OPTION
 */
const GEARMAN_INVALID_SERVER_OPTION = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_INVALID_WORKER_FUNCTION
 */
const GEARMAN_INVALID_WORKER_FUNCTION = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_IN_PROGRESS
 */
const GEARMAN_IN_PROGRESS = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_IO_WAIT
 */
const GEARMAN_IO_WAIT = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_JOB_EXISTS
 */
const GEARMAN_JOB_EXISTS = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_JOB_HANDLE_SIZE
 */
const GEARMAN_JOB_HANDLE_SIZE = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_JOB_NOT_FOUND
 */
const GEARMAN_JOB_NOT_FOUND = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_JOB_PRIORITY_HIGH
 */
const GEARMAN_JOB_PRIORITY_HIGH = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_JOB_PRIORITY_LOW
 */
const GEARMAN_JOB_PRIORITY_LOW = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_JOB_PRIORITY_MAX
 */
const GEARMAN_JOB_PRIORITY_MAX = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_JOB_PRIORITY_NORMAL
 */
const GEARMAN_JOB_PRIORITY_NORMAL = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_JOB_QUEUE_FULL
 */
const GEARMAN_JOB_QUEUE_FULL = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_LOST_CONNECTION
 */
const GEARMAN_LOST_CONNECTION = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_MAX_COMMAND_ARGS
 */
const GEARMAN_MAX_COMMAND_ARGS = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_MAX_ERROR_SIZE
 */
const GEARMAN_MAX_ERROR_SIZE = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_MAX_RETURN
 */
const GEARMAN_MAX_RETURN = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_MEMORY_ALLOCATION_FAILURE
 */
const GEARMAN_MEMORY_ALLOCATION_FAILURE = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_NEED_WORKLOAD_FN
 */
const GEARMAN_NEED_WORKLOAD_FN = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_NON_BLOCKING
 */
const GEARMAN_NON_BLOCKING = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_NOT_CONNECTED
 */
const GEARMAN_NOT_CONNECTED = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_NOT_FLUSHING
 */
const GEARMAN_NOT_FLUSHING = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_NO_ACTIVE_FDS
 */
const GEARMAN_NO_ACTIVE_FDS = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_NO_JOBS
 */
const GEARMAN_NO_JOBS = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_NO_REGISTERED_FUNCTION
 */
const GEARMAN_NO_REGISTERED_FUNCTION = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_NO_REGISTERED_FUNCTIONS
 */
const GEARMAN_NO_REGISTERED_FUNCTIONS = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_NO_SERVERS
 */
const GEARMAN_NO_SERVERS = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_OPTION_SIZE
 */
const GEARMAN_OPTION_SIZE = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_PACKET_HEADER_SIZE
 */
const GEARMAN_PACKET_HEADER_SIZE = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_PAUSE
 */
const GEARMAN_PAUSE = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_PIPE_EOF
 */
const GEARMAN_PIPE_EOF = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_PTHREAD
 */
const GEARMAN_PTHREAD = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_QUEUE_ERROR
 */
const GEARMAN_QUEUE_ERROR = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_RECV_BUFFER_SIZE
 */
const GEARMAN_RECV_BUFFER_SIZE = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_RECV_IN_PROGRESS
 */
const GEARMAN_RECV_IN_PROGRESS = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_SEND_BUFFER_SIZE
 */
const GEARMAN_SEND_BUFFER_SIZE = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_SEND_BUFFER_TOO_SMALL
 */
const GEARMAN_SEND_BUFFER_TOO_SMALL = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_SEND_IN_PROGRESS
 */
const GEARMAN_SEND_IN_PROGRESS = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_SERVER_ERROR
 */
const GEARMAN_SERVER_ERROR = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_SHUTDOWN
 */
const GEARMAN_SHUTDOWN = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_SHUTDOWN_GRACEFUL
 */
const GEARMAN_SHUTDOWN_GRACEFUL = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_SUCCESS
 */
const GEARMAN_SUCCESS = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_TASK_STATE_COMPLETE
 */
const GEARMAN_TASK_STATE_COMPLETE = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_TASK_STATE_CREATED
 */
const GEARMAN_TASK_STATE_CREATED = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_TASK_STATE_DATA
 */
const GEARMAN_TASK_STATE_DATA = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_TASK_STATE_EXCEPTION
 */
const GEARMAN_TASK_STATE_EXCEPTION = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_TASK_STATE_FAIL
 */
const GEARMAN_TASK_STATE_FAIL = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_TASK_STATE_FINISHED
 */
const GEARMAN_TASK_STATE_FINISHED = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_TASK_STATE_NEW
 */
const GEARMAN_TASK_STATE_NEW = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_TASK_STATE_STATUS
 */
const GEARMAN_TASK_STATE_STATUS = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_TASK_STATE_SUBMIT
 */
const GEARMAN_TASK_STATE_SUBMIT = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_TASK_STATE_WARNING
 */
const GEARMAN_TASK_STATE_WARNING = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_TASK_STATE_WORK
 */
const GEARMAN_TASK_STATE_WORK = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_TASK_STATE_WORKLOAD
 */
const GEARMAN_TASK_STATE_WORKLOAD = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_TIMEOUT
 */
const GEARMAN_TIMEOUT = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_TOO_MANY_ARGS
 */
const GEARMAN_TOO_MANY_ARGS = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_UNEXPECTED_PACKET
 */
const GEARMAN_UNEXPECTED_PACKET = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_UNIQUE_SIZE
 */
const GEARMAN_UNIQUE_SIZE = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_UNKNOWN_OPTION
 */
const GEARMAN_UNKNOWN_OPTION = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_UNKNOWN_STATE
 */
const GEARMAN_UNKNOWN_STATE = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_VERBOSE_CRAZY
 */
const GEARMAN_VERBOSE_CRAZY = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_VERBOSE_DEBUG
 */
const GEARMAN_VERBOSE_DEBUG = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_VERBOSE_ERROR
 */
const GEARMAN_VERBOSE_ERROR = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_VERBOSE_FATAL
 */
const GEARMAN_VERBOSE_FATAL = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_VERBOSE_INFO
 */
const GEARMAN_VERBOSE_INFO = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_VERBOSE_MAX
 */
const GEARMAN_VERBOSE_MAX = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_WORKER_ALLOCATED
 */
const GEARMAN_WORKER_ALLOCATED = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_WORKER_CHANGE
 */
const GEARMAN_WORKER_CHANGE = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_WORKER_GRAB_JOB_IN_USE
 */
const GEARMAN_WORKER_GRAB_JOB_IN_USE = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_WORKER_GRAB_UNIQ
 */
const GEARMAN_WORKER_GRAB_UNIQ = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_WORKER_NON_BLOCKING
 */
const GEARMAN_WORKER_NON_BLOCKING = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_WORKER_PACKET_INIT
 */
const GEARMAN_WORKER_PACKET_INIT = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_WORKER_PRE_SLEEP_IN_USE
 */
const GEARMAN_WORKER_PRE_SLEEP_IN_USE = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_WORKER_STATE_CONNECT
 */
const GEARMAN_WORKER_STATE_CONNECT = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_WORKER_STATE_FUNCTION_SEND
 */
const GEARMAN_WORKER_STATE_FUNCTION_SEND = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_WORKER_STATE_GRAB_JOB_RECV
 */
const GEARMAN_WORKER_STATE_GRAB_JOB_RECV = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_WORKER_STATE_GRAB_JOB_SEND
 */
const GEARMAN_WORKER_STATE_GRAB_JOB_SEND = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_WORKER_STATE_PRE_SLEEP
 */
const GEARMAN_WORKER_STATE_PRE_SLEEP = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_WORKER_STATE_START
 */
const GEARMAN_WORKER_STATE_START = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_WORKER_TIMEOUT_RETURN
 */
const GEARMAN_WORKER_TIMEOUT_RETURN = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_WORKER_WAIT_TIMEOUT
 */
const GEARMAN_WORKER_WAIT_TIMEOUT = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_WORKER_WORK_JOB_IN_USE
 */
const GEARMAN_WORKER_WORK_JOB_IN_USE = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_WORK_DATA
 */
const GEARMAN_WORK_DATA = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_WORK_ERROR
 */
const GEARMAN_WORK_ERROR = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_WORK_EXCEPTION
 */
const GEARMAN_WORK_EXCEPTION = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_WORK_FAIL
 */
const GEARMAN_WORK_FAIL = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_WORK_STATUS
 */
const GEARMAN_WORK_STATUS = UNKNOWN;
/**
 * @var int
 * @cvalue GEARMAN_WORK_WARNING
 */
const GEARMAN_WORK_WARNING = UNKNOWN;

function gearman_version(): string {}

function gearman_bugreport(): string {}

function gearman_verbose_name(int $verbose): ?string {}

/* GearmanClient */

function gearman_client_create(): GearmanClient|false {}

function gearman_client_return_code(GearmanClient $obj): int {}

function gearman_client_error(GearmanClient $obj): string|false {}

function gearman_client_get_errno(GearmanClient $obj): int {}

function gearman_client_add_server(GearmanClient $obj, ?string $host = null, int $port = 0, bool $setupExceptionHandler = true): bool {}

function gearman_client_add_servers(GearmanClient $obj, ?string $servers = null, bool $setupExceptionHandler = true): bool {}

function gearman_client_do_normal(GearmanClient $obj, string $function, string $workload, ?string $unique = null): string {}

function gearman_client_do_high(GearmanClient $obj, string $function, string $workload, ?string $unique = null): string {}

function gearman_client_do_low(GearmanClient $obj, string $function, string $workload, ?string $unique = null): string {}

function gearman_client_do_background(GearmanClient $obj, string $function, string $workload, ?string $unique = null): string {}

function gearman_client_do_high_background(GearmanClient $obj, string $function, string $workload, ?string $unique = null): string {}

function gearman_client_do_low_background(GearmanClient $obj, string $function, string $workload, ?string $unique = null): string {}

function gearman_client_job_status(GearmanClient $obj, string $job_handle): array {}

function gearman_client_options(GearmanClient $obj): int {}

function gearman_client_set_options(GearmanClient $obj, int $option): bool {}

function gearman_client_add_options(GearmanClient $obj, int $option): bool {}

function gearman_client_remove_options(GearmanClient $obj, int $option): bool {}

function gearman_client_timeout(GearmanClient $obj): ?int {}

function gearman_client_set_timeout(GearmanClient $obj, int $timeout): bool {}

function gearman_client_set_ssl(GearmanClient $obj, bool $ssl = true, ?string $ca_file = null, ?string $certificate = null, ?string $key_file = null): bool {}

function gearman_client_context(GearmanClient $obj): string {}

function gearman_client_set_context(GearmanClient $obj, string $data): bool {}

function gearman_client_enable_exception_handler(GearmanClient $obj): bool {}

function gearman_client_wait(GearmanClient $obj): bool {}

function gearman_client_do_job_handle(GearmanClient $obj): string {}

function gearman_client_do_status(GearmanClient $obj): array {}

function gearman_client_job_status_by_unique_key(GearmanClient $obj, string $unique_key): array {}

function gearman_client_ping(GearmanClient $obj, string $workload): bool {}

function gearman_client_add_task(GearmanClient $obj, string $function_name, string|int|float $workload, mixed $context = null, ?string $unique_key = null): GearmanTask|false {}

function gearman_client_add_task_high(GearmanClient $obj, string $function_name, string|int|float $workload, mixed $context = null, ?string $unique_key = null): GearmanTask|false {}

function gearman_client_add_task_low(GearmanClient $obj, string $function_name, string|int|float $workload, mixed $context = null, ?string $unique_key = null): GearmanTask|false {}

function gearman_client_add_task_background(GearmanClient $obj, string $function_name, string|int|float $workload, mixed $context = null, ?string $unique_key = null): GearmanTask|false {}

function gearman_client_add_task_high_background(GearmanClient $obj, string $function_name, string|int|float $workload, mixed $context = null, ?string $unique_key = null): GearmanTask|false {}

function gearman_client_add_task_low_background(GearmanClient $obj, string $function_name, string|int|float $workload, mixed $context = null, ?string $unique_key = null): GearmanTask|false {}

function gearman_client_add_task_status(GearmanClient $obj, string $job_handle, mixed $context = null): GearmanTask|false {}

function gearman_client_set_workload_callback(GearmanClient $obj, callable $function): bool {}

function gearman_client_set_created_callback(GearmanClient $obj, callable $function): bool {}

function gearman_client_set_data_callback(GearmanClient $obj, callable $function): bool {}

function gearman_client_set_warning_callback(GearmanClient $obj, callable $function): bool {}

function gearman_client_set_status_callback(GearmanClient $obj, callable $function): bool {}

function gearman_client_set_complete_callback(GearmanClient $obj, callable $function): bool {}

function gearman_client_set_exception_callback(GearmanClient $obj, callable $function): bool {}

function gearman_client_set_fail_callback(GearmanClient $obj, callable $function): bool {}

function gearman_client_clear_callbacks(GearmanClient $obj): bool {}

function gearman_client_run_tasks(GearmanClient $obj): bool {}

/* GearmanTask */

function gearman_task_return_code(GearmanTask $obj): int {}

function gearman_task_function_name(GearmanTask $obj): string|false {}

function gearman_task_unique(GearmanTask $obj): string|false {}

function gearman_task_job_handle(GearmanTask $obj): string|false {}

function gearman_task_is_known(GearmanTask $obj): bool {}

function gearman_task_is_running(GearmanTask $obj): bool {}

function gearman_task_numerator(GearmanTask $obj): int|false {}

function gearman_task_denominator(GearmanTask $obj): int|false {}

function gearman_task_data(GearmanTask $obj): string|false {}

function gearman_task_data_size(GearmanTask $obj): int|false {}

function gearman_task_send_workload(GearmanTask $obj, string $data): int|false {}

function gearman_task_recv_data(GearmanTask $obj, int $data_len): array|false {}

/* GearmanJob */

function gearman_job_return_code(GearmanJob $obj): int {}

function gearman_job_workload(GearmanJob $obj): string {}

function gearman_job_workload_size(GearmanJob $obj): int {}

function gearman_job_handle(GearmanJob $obj): string|false {}

function gearman_job_function_name(GearmanJob $obj): string|false {}

function gearman_job_unique(GearmanJob $obj): string|false {}

function gearman_job_send_status(GearmanJob $obj, int $numerator, int $denominator): bool {}

function gearman_job_send_data(GearmanJob $obj, string $data): bool {}

function gearman_job_send_complete(GearmanJob $obj, string $result): bool {}

function gearman_job_send_fail(GearmanJob $obj): bool {}

function gearman_job_send_warning(GearmanJob $obj, string $warning): bool {}

function gearman_job_send_exception(GearmanJob $obj, string $exception): bool {}

function gearman_job_set_return(GearmanJob $obj, int $gearman_return_t): bool {}

/* GearmanWorker */

function gearman_worker_create(): GearmanWorker|false {}

function gearman_worker_return_code(GearmanWorker $obj): int {}

function gearman_worker_error(GearmanWorker $obj): string|false {}

function gearman_worker_errno(GearmanWorker $obj): int {}

function gearman_worker_add_server(GearmanWorker $obj, ?string $host = null, int $port = 0, bool $setupExceptionHandler = true): bool {}

function gearman_worker_add_servers(GearmanWorker $obj, ?string $servers = null, bool $setupExceptionHandler = true): bool {}

function gearman_worker_add_function(GearmanWorker $obj, string $function_name, callable $function, mixed $context = null, int $timeout = 0): bool {}

function gearman_worker_work(GearmanWorker $obj): bool {}

function gearman_worker_options(GearmanWorker $obj): int {}

function gearman_worker_set_options(GearmanWorker $obj, int $option): true {}

function gearman_worker_add_options(GearmanWorker $obj, int $option): true {}

function gearman_worker_remove_options(GearmanWorker $obj, int $option): true {}

function gearman_worker_timeout(GearmanWorker $obj): int {}

function gearman_worker_set_timeout(GearmanWorker $obj, int $timeout): true {}

function gearman_worker_set_ssl(GearmanWorker $obj, bool $ssl = true, ?string $ca_file = null, ?string $certificate = null, ?string $key_file = null): bool {}

function gearman_worker_set_id(GearmanWorker $obj, string $id): bool {}

function gearman_worker_enable_exception_handler(GearmanWorker $obj): bool {}

function gearman_worker_ping(GearmanWorker $obj, string $data): bool {}

function gearman_worker_register(GearmanWorker $obj, string $function_name, int $timeout = 0): bool {}

function gearman_worker_unregister(GearmanWorker $obj, string $function_name): bool {}

function gearman_worker_unregister_all(GearmanWorker $obj): bool {}

function gearman_worker_wait(GearmanWorker $obj): bool {}

/* Declared GearmanWorker|false by PECL, which returns a GearmanJob. */
function gearman_worker_grab_job(GearmanWorker $obj): GearmanJob|false {}

/* Not in PECL: ends the worker's loop, at once or after the job in progress. */
function gearman_worker_stop(GearmanWorker $obj): void {}

class GearmanClient
{
    public function __construct() {}

    public function __destruct() {}

    /** @implementation-alias gearman_client_return_code */
    public function returnCode(): int {}

    /** @implementation-alias gearman_client_error */
    public function error(): string|false {}

    /** @implementation-alias gearman_client_get_errno */
    public function getErrno(): int {}

    /** @implementation-alias gearman_client_add_server */
    public function addServer(?string $host = null, int $port = 0, bool $setupExceptionHandler = true): bool {}

    /** @implementation-alias gearman_client_add_servers */
    public function addServers(?string $servers = null, bool $setupExceptionHandler = true): bool {}

    /** @implementation-alias gearman_client_do_normal */
    public function doNormal(string $function, string $workload, ?string $unique = null): string {}

    /** @implementation-alias gearman_client_do_high */
    public function doHigh(string $function, string $workload, ?string $unique = null): string {}

    /** @implementation-alias gearman_client_do_low */
    public function doLow(string $function, string $workload, ?string $unique = null): string {}

    /** @implementation-alias gearman_client_do_background */
    public function doBackground(string $function, string $workload, ?string $unique = null): string {}

    /** @implementation-alias gearman_client_do_high_background */
    public function doHighBackground(string $function, string $workload, ?string $unique = null): string {}

    /** @implementation-alias gearman_client_do_low_background */
    public function doLowBackground(string $function, string $workload, ?string $unique = null): string {}

    /** @implementation-alias gearman_client_job_status */
    public function jobStatus(string $job_handle): array {}

    /** @implementation-alias gearman_client_options */
    public function options(): int {}

    /** @implementation-alias gearman_client_set_options */
    public function setOptions(int $option): bool {}

    /** @implementation-alias gearman_client_add_options */
    public function addOptions(int $option): bool {}

    /** @implementation-alias gearman_client_remove_options */
    public function removeOptions(int $option): bool {}

    /** @implementation-alias gearman_client_timeout */
    public function timeout(): int {}

    /** @implementation-alias gearman_client_set_timeout */
    public function setTimeout(int $timeout): bool {}

    /** @implementation-alias gearman_client_set_ssl */
    public function setSSL(bool $ssl = true, ?string $ca_file = null, ?string $certificate = null, ?string $key_file = null): bool {}

    /** @implementation-alias gearman_client_context */
    public function context(): string {}

    /** @implementation-alias gearman_client_set_context */
    public function setContext(string $data): bool {}

    /** @implementation-alias gearman_client_enable_exception_handler */
    public function enableExceptionHandler(): bool {}

    /** @implementation-alias gearman_client_wait */
    public function wait(): bool {}

    /** @implementation-alias gearman_client_do_job_handle */
    public function doJobHandle(): string {}

    /** @implementation-alias gearman_client_do_status */
    public function doStatus(): array {}

    /** @implementation-alias gearman_client_job_status_by_unique_key */
    public function jobStatusByUniqueKey(string $unique_key): array {}

    /** @implementation-alias gearman_client_ping */
    public function ping(string $workload): bool {}

    /** @implementation-alias gearman_client_add_task */
    public function addTask(string $function_name, string|int|float $workload, mixed $context = null, ?string $unique_key = null): GearmanTask|false {}

    /** @implementation-alias gearman_client_add_task_high */
    public function addTaskHigh(string $function_name, string|int|float $workload, mixed $context = null, ?string $unique_key = null): GearmanTask|false {}

    /** @implementation-alias gearman_client_add_task_low */
    public function addTaskLow(string $function_name, string|int|float $workload, mixed $context = null, ?string $unique_key = null): GearmanTask|false {}

    /** @implementation-alias gearman_client_add_task_background */
    public function addTaskBackground(string $function_name, string|int|float $workload, mixed $context = null, ?string $unique_key = null): GearmanTask|false {}

    /** @implementation-alias gearman_client_add_task_high_background */
    public function addTaskHighBackground(string $function_name, string|int|float $workload, mixed $context = null, ?string $unique_key = null): GearmanTask|false {}

    /** @implementation-alias gearman_client_add_task_low_background */
    public function addTaskLowBackground(string $function_name, string|int|float $workload, mixed $context = null, ?string $unique_key = null): GearmanTask|false {}

    /** @implementation-alias gearman_client_add_task_status */
    public function addTaskStatus(string $job_handle, mixed $context = null): GearmanTask|false {}

    /** @implementation-alias gearman_client_set_workload_callback */
    public function setWorkloadCallback(callable $function): bool {}

    /** @implementation-alias gearman_client_set_created_callback */
    public function setCreatedCallback(callable $function): bool {}

    /** @implementation-alias gearman_client_set_data_callback */
    public function setDataCallback(callable $function): bool {}

    /** @implementation-alias gearman_client_set_warning_callback */
    public function setWarningCallback(callable $function): bool {}

    /** @implementation-alias gearman_client_set_status_callback */
    public function setStatusCallback(callable $function): bool {}

    /** @implementation-alias gearman_client_set_complete_callback */
    public function setCompleteCallback(callable $function): bool {}

    /** @implementation-alias gearman_client_set_exception_callback */
    public function setExceptionCallback(callable $function): bool {}

    /** @implementation-alias gearman_client_set_fail_callback */
    public function setFailCallback(callable $function): bool {}

    /** @implementation-alias gearman_client_clear_callbacks */
    public function clearCallbacks(): bool {}

    /** @implementation-alias gearman_client_run_tasks */
    public function runTasks(): bool {}
}

class GearmanTask
{
    public function __construct() {}

    /** @implementation-alias gearman_task_return_code */
    public function returnCode(): int {}

    /** @implementation-alias gearman_task_function_name */
    public function functionName(): string|false {}

    /** @implementation-alias gearman_task_unique */
    public function unique(): string|false {}

    /** @implementation-alias gearman_task_job_handle */
    public function jobHandle(): string|false {}

    /** @implementation-alias gearman_task_is_known */
    public function isKnown(): bool {}

    /** @implementation-alias gearman_task_is_running */
    public function isRunning(): bool {}

    /** @implementation-alias gearman_task_numerator */
    public function taskNumerator(): int|false {}

    /** @implementation-alias gearman_task_denominator */
    public function taskDenominator(): int|false {}

    /** @implementation-alias gearman_task_data */
    public function data(): string|false {}

    /** @implementation-alias gearman_task_data_size */
    public function dataSize(): int|false {}

    /** @implementation-alias gearman_task_send_workload */
    public function sendWorkload(string $data): int|false {}

    /** @implementation-alias gearman_task_recv_data */
    public function recvData(int $data_len): array|false {}
}

class GearmanJob
{
    public function __destruct() {}

    /** @implementation-alias gearman_job_return_code */
    public function returnCode(): int {}

    /** @implementation-alias gearman_job_workload */
    public function workload(): string {}

    /** @implementation-alias gearman_job_workload_size */
    public function workloadSize(): int {}

    /** @implementation-alias gearman_job_handle */
    public function handle(): string|false {}

    /** @implementation-alias gearman_job_function_name */
    public function functionName(): string|false {}

    /** @implementation-alias gearman_job_unique */
    public function unique(): string|false {}

    /** @implementation-alias gearman_job_send_status */
    public function sendStatus(int $numerator, int $denominator): bool {}

    /** @implementation-alias gearman_job_send_data */
    public function sendData(string $data): bool {}

    /** @implementation-alias gearman_job_send_complete */
    public function sendComplete(string $result): bool {}

    /** @implementation-alias gearman_job_send_fail */
    public function sendFail(): bool {}

    /** @implementation-alias gearman_job_send_warning */
    public function sendWarning(string $warning): bool {}

    /** @implementation-alias gearman_job_send_exception */
    public function sendException(string $exception): bool {}

    /** @implementation-alias gearman_job_set_return */
    public function setReturn(int $gearman_return_t): bool {}
}

class GearmanWorker
{
    public function __construct() {}

    public function __destruct() {}

    /** @implementation-alias gearman_worker_return_code */
    public function returnCode(): int {}

    /** @implementation-alias gearman_worker_error */
    public function error(): string|false {}

    /** @implementation-alias gearman_worker_errno */
    public function getErrno(): int {}

    /** @implementation-alias gearman_worker_add_server */
    public function addServer(?string $host = null, int $port = 0, bool $setupExceptionHandler = true): bool {}

    /** @implementation-alias gearman_worker_add_servers */
    public function addServers(?string $servers = null, bool $setupExceptionHandler = true): bool {}

    /** @implementation-alias gearman_worker_add_function */
    public function addFunction(string $function_name, callable $function, mixed $context = null, int $timeout = 0): bool {}

    /** @implementation-alias gearman_worker_work */
    public function work(): bool {}

    /** @implementation-alias gearman_worker_options */
    public function options(): int {}

    /** @implementation-alias gearman_worker_set_options */
    public function setOptions(int $option): true {}

    /** @implementation-alias gearman_worker_add_options */
    public function addOptions(int $option): true {}

    /** @implementation-alias gearman_worker_remove_options */
    public function removeOptions(int $option): true {}

    /** @implementation-alias gearman_worker_timeout */
    public function timeout(): int {}

    /** @implementation-alias gearman_worker_set_timeout */
    public function setTimeout(int $timeout): true {}

    /** @implementation-alias gearman_worker_set_ssl */
    public function setSSL(bool $ssl = true, ?string $ca_file = null, ?string $certificate = null, ?string $key_file = null): bool {}

    /** @implementation-alias gearman_worker_set_id */
    public function setId(string $id): bool {}

    /** @implementation-alias gearman_worker_enable_exception_handler */
    public function enableExceptionHandler(): bool {}

    /** @implementation-alias gearman_worker_ping */
    public function ping(string $data): bool {}

    /** @implementation-alias gearman_worker_register */
    public function register(string $function_name, int $timeout = 0): bool {}

    /** @implementation-alias gearman_worker_unregister */
    public function unregister(string $function_name): bool {}

    /** @implementation-alias gearman_worker_unregister_all */
    public function unregisterAll(): bool {}

    /** @implementation-alias gearman_worker_wait */
    public function wait(): bool {}

    /** @implementation-alias gearman_worker_grab_job */
    public function grabJob(): GearmanJob|false {}

    /** @implementation-alias gearman_worker_stop */
    public function stop(): void {}
}

final class GearmanException extends Exception
{
    /** @var int */
    public $code = 0;
}

/**
 * gearmand's text administration protocol, on the server's normal port.
 * @not-serializable
 */
final class GearmanAdmin
{
    public function __construct(string $host = "localhost", int $port = 4730, int $timeout = 5000) {}

    public function setTimeout(int $timeout): bool {}

    public function timeout(): int {}

    /** TLS for the calls that follow, with the server's certificate verified against $ca_file. */
    public function setSSL(bool $ssl = true, ?string $ca_file = null, ?string $certificate = null, ?string $key_file = null): bool {}

    /** @return array<string, array{total: int, running: int, queued: int, workers: int}> */
    public function status(): array {}

    /** @return array<string, array{high: int, normal: int, low: int, workers: int}> */
    public function priorityStatus(): array {}

    /** @return list<array{fd: int, ip: string, id: ?string, functions: list<string>}> */
    public function workers(): array {}

    /** @return list<array{handle: string, retries: int, cancelled: bool, background: bool}> */
    public function jobs(): array {}

    /** @return list<string> */
    public function uniqueJobs(): array {}

    public function cancelJob(string $handle): bool {}

    public function createFunction(string $function): bool {}

    public function dropFunction(string $function): bool {}

    public function setMaxQueue(string $function, int $size): bool {}

    public function setMaxQueueByPriority(string $function, int $high, int $normal, int $low): bool {}

    public function serverVersion(): string {}

    public function serverPid(): int {}

    public function serverVerbose(): string {}

    public function ping(): float {}

    public function close(): void {}
}
