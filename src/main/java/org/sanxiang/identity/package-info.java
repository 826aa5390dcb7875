/**
 * Staff identity: accounts in PostgreSQL with their roles (窗口人员, 执法人员, 法制审核人员, 负责人, 督查,
 * 管理员; several per account) and unit, form login for the console and HTTP Basic for
 * scripts on the API, a 15-minute lock after 5 consecutive wrong passwords, a 30-minute
 * idle timeout, CSRF on every form, and security headers. Every sign-in, sign-out,
 * refused attempt and permission change is written to {@code identity_access_event} and
 * published as an {@link org.sanxiang.identity.AccessEvent} in the same transaction.
 * <p>
 * Public API: {@link org.sanxiang.identity.Role},
 * {@link org.sanxiang.identity.StaffPrincipal} (the signed-in staff member), the
 * {@link org.sanxiang.identity.AccessEvent} records,
 * {@link org.sanxiang.identity.UnitDirectory} (implemented by the catalog),
 * {@link org.sanxiang.identity.StaffDirectory} (who holds which role, read only) and
 * {@link org.sanxiang.identity.RoleLabels} for page headers. A demo installation has the
 * seven demo users with password {@code demo}; a production one has no default password.
 */
package org.sanxiang.identity;
