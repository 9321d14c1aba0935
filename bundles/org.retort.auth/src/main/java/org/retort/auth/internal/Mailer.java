package org.retort.auth.internal;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.retort.api.util.ContextClassLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends plain-text account mail over SMTP with Jakarta Mail (Eclipse Angus). */
@Component(service = Mailer.class, configurationPid = "org.retort.mail")
@Designate(ocd = MailConfig.class)
public final class Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

    private final MailConfig config;

    @Activate
    public Mailer(MailConfig config) {
        this.config = config;
    }

    /** Whether an SMTP server is configured. */
    boolean configured() {
        return !config.host().isBlank();
    }

    /**
     * Sends {@code text} to {@code to}; returns whether it was handed to the server. Failures are
     * logged, not thrown: the account flows answer the same whether or not mail went out, so nobody
     * learns from them which addresses have accounts.
     */
    boolean send(String to, String subject, String text) {
        if (!configured()) {
            LOG.warn("Mail is not configured (etc/org.retort.mail.cfg): '{}' to {} was not sent", subject, to);
            return false;
        }
        try {
            ContextClassLoader.run(Session.class, () -> {
                Transport.send(message(to, subject, text));
                return null;
            });
            return true;
        } catch (MessagingException | RuntimeException e) {
            LOG.warn("Could not send '{}' to {} through {}:{}: {}", subject, to, config.host(), config.port(), e.toString());
            return false;
        }
    }

    private MimeMessage message(String to, String subject, String text) throws MessagingException {
        var props = new Properties();
        props.put("mail.smtp.host", config.host());
        props.put("mail.smtp.port", String.valueOf(config.port()));
        props.put("mail.smtp.starttls.enable", String.valueOf(config.starttls()));
        props.put("mail.smtp.starttls.required", String.valueOf(config.starttls()));
        props.put("mail.smtp.connectiontimeout", String.valueOf(config.timeoutMillis()));
        props.put("mail.smtp.timeout", String.valueOf(config.timeoutMillis()));
        props.put("mail.smtp.writetimeout", String.valueOf(config.timeoutMillis()));
        Authenticator login = null;
        if (!config.user().isBlank()) {
            props.put("mail.smtp.auth", "true");
            login = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(config.user(), config.password());
                }
            };
        }
        var message = new MimeMessage(Session.getInstance(props, login));
        message.setFrom(new InternetAddress(config.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(text, StandardCharsets.UTF_8.name());
        return message;
    }
}
