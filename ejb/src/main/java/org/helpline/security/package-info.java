/**
 * Who may do what: staff accounts, their roles, password hashing and the identity store that Jakarta
 * Security signs people in with. Every service declares the roles it admits.
 */
package org.helpline.security;
