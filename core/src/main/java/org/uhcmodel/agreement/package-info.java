/**
 * Agreements between health actors and the cooperation around them: the parties and signatories of an agreement,
 * what each party commits to, the governing bodies that steer it, and the events where it is negotiated and signed.
 */
package org.uhcmodel.agreement;
