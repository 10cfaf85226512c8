/** The audit log: who changed memberships, roles, invitations and settings, and later moderation actions. */
package org.commonplace.audit;
