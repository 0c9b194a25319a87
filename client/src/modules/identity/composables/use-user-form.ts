import { computed, reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { FormRules } from 'element-plus'
import type { UserDto } from '@/api/schema'
import { useErrorMessage } from '@/composables/use-error-message'
import { useValidatedSubmit } from '@/composables/use-validated-submit'
import { createUser, updateUser } from '../api'
import { passwordLengthRule } from '../password-policy'
import { isRole, type Role } from '../roles'

/** The server lower-cases, then accepts 2–64 of a-z 0-9 . _ - starting with a letter or digit. */
export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/

interface UserFormModel {
  username: string
  displayName: string
  password: string
  roles: Role[]
  unitId: string
}

/** The create / edit user dialog. `onSaved` receives the saved user and whether it is new. */
export function useUserForm(onSaved: (user: UserDto, created: boolean) => void) {
  const { t } = useI18n()
  const { errorMessage } = useErrorMessage()

  const open = ref(false)
  const editing = ref<UserDto | null>(null)
  const isCreate = computed(() => editing.value === null)
  const form = reactive<UserFormModel>({ username: '', displayName: '', password: '', roles: [], unitId: '' })
  const formError = ref('')

  const rules = computed<FormRules>(() => ({
    username: isCreate.value
      ? [
          { required: true, message: () => t('users.usernameRule'), trigger: 'blur' },
          { pattern: USERNAME_PATTERN, message: () => t('users.usernameRule'), trigger: 'blur' },
        ]
      : [],
    displayName: [{ required: true, whitespace: true, message: () => t('users.displayNameRequired'), trigger: 'blur' }],
    password: isCreate.value ? [passwordLengthRule((min) => t('users.passwordRule', { min }))] : [],
    roles: [{ type: 'array', required: true, min: 1, message: () => t('users.rolesRequired'), trigger: 'change' }],
    unitId: [{ required: true, message: () => t('users.unitRequired'), trigger: 'change' }],
  }))

  function openCreate(unitId?: string): void {
    editing.value = null
    Object.assign(form, { username: '', displayName: '', password: '', roles: ['staff'], unitId: unitId ?? '' })
    formError.value = ''
    open.value = true
  }

  function openEdit(user: UserDto): void {
    editing.value = user
    Object.assign(form, {
      username: user.username,
      displayName: user.displayName,
      password: '',
      roles: user.roles.filter(isRole),
      unitId: user.unitId,
    })
    formError.value = ''
    open.value = true
  }

  const { formRef, submitting, submit } = useValidatedSubmit(async () => {
    formError.value = ''
    const current = editing.value
    let saved: UserDto
    try {
      saved = current
        ? await updateUser(current.id, {
            displayName: form.displayName.trim(),
            roles: form.roles,
            unitId: form.unitId,
          })
        : await createUser({
            username: form.username.trim(),
            displayName: form.displayName.trim(),
            password: form.password,
            roles: form.roles,
            unitId: form.unitId,
          })
    } catch (failure) {
      formError.value = errorMessage(failure)
      return
    }
    open.value = false
    onSaved(saved, current === null)
  })

  return { open, isCreate, form, formError, rules, formRef, submitting, submit, openCreate, openEdit }
}
