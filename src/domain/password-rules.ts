/** A new password's length: long enough for a passphrase, short enough that hashing it cannot be used to burn CPU. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
