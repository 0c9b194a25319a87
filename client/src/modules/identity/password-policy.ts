import type { FormItemRule } from 'element-plus'

/** The server rejects shorter passwords (and common ones, which only it can tell). */
export const PASSWORD_MIN_LENGTH = 10

/** The one length rule of every form that sets a password (its message says the minimum). */
export function passwordLengthRule(message: (min: number) => string): FormItemRule {
  return { required: true, min: PASSWORD_MIN_LENGTH, message: () => message(PASSWORD_MIN_LENGTH), trigger: 'blur' }
}
