package org.commonplace.notify;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.shared.Settings;

/**
 * Sends plain-text mail. In demo mode nothing leaves the machine: the message is written to the server log
 * (category {@code org.commonplace.notify.Mailer}), which is where demo invitations are found.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Resource(lookup = "java:jboss/mail/Commonplace")
    Session session;

    @Inject
    Settings settings;

    public void send(String to, String subject, String body) {
        if (settings.isDemo()) {
            LOG.info(() -> "Demo mode, mail not sent.\nTo: " + to + "\nSubject: " + subject + "\n\n" + body);
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            // Mail is a courtesy: the action that triggered it stands, the admin sees why it was not delivered.
            LOG.log(Level.WARNING, "Could not send mail to " + to + ": " + e.getMessage(), e);
        }
    }
}
