/** The server rejects shorter passwords (and common ones, which only it can tell). */
export const PASSWORD_MIN_LENGTH = 10
