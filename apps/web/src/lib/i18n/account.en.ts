import type { accountZhCN } from './account.zh-CN.ts';

/** Texts of the account page (password and signed-in devices), in English (joined into en.ts). */
export const accountEn: typeof accountZhCN = {
  menu: 'Account & security',
  title: 'Account & security',
  description: 'Change your password, see where you are signed in and sign other devices out.',
  password: {
    title: 'Change password',
    hint: 'Your other devices are signed out when the password changes; this one stays signed in.',
    current: 'Current password',
    new: 'New password',
    newHint: 'At least 8 characters; letters and digits recommended',
    confirm: 'Confirm new password',
    mismatch: 'The new passwords do not match',
    submit: 'Change password',
    changed: 'Password changed; your other devices are signed out',
  },
  sessions: {
    title: 'Signed-in devices',
    description: 'Browsers and programs signed in to your account. Sign out any you do not recognise, then change your password.',
    device: 'Device',
    signedInAt: 'Signed in',
    lastSeen: 'Last active',
    ip: 'IP address',
    current: 'This device',
    unknownDevice: 'Unknown device',
    empty: 'No signed-in devices',
    signOut: 'Sign out',
    signOutLabel: 'Sign out {{device}}',
    signedOut: 'The device is signed out',
    signOutEverywhere: 'Sign out everywhere',
    everywhereTitle: 'Sign out everywhere?',
    everywhereBody: 'Every session, this one included, is signed out; you will need to sign in again.',
  },
};
