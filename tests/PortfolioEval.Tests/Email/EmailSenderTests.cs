using Microsoft.Extensions.Options;
using MimeKit;
using PortfolioEval.Web.Email;

namespace PortfolioEval.Tests.Email;

public class EmailSenderTests
{
    [Fact]
    public async Task Smtp_DeliversTheMessageToTheConfiguredServer()
    {
        using var server = new FakeSmtpServer();
        var sender = new SmtpEmailSender(Options.Create(new EmailOptions
        {
            Delivery = EmailDelivery.Smtp,
            SmtpHost = "127.0.0.1",
            SmtpPort = server.Port,
            SmtpStartTls = false,
            From = "portal@example.test",
        }));

        await sender.SendAsync(new EmailMessage("ana@example.test", "Confirma tu cuenta", "Hola, Ana:\n\nhttps://portal.example/confirm"));

        var message = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(await server.Received)));
        Assert.Equal("Confirma tu cuenta", message.Subject);
        Assert.Equal("ana@example.test", message.To.Mailboxes.Single().Address);
        Assert.Equal("portal@example.test", message.From.Mailboxes.Single().Address);
        Assert.Contains("https://portal.example/confirm", message.TextBody, StringComparison.Ordinal);
        Assert.Contains(server.Commands, c => c.StartsWith("RCPT TO:<ana@example.test>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Outbox_WritesOneEmlFilePerMessage()
    {
        var folder = Directory.CreateTempSubdirectory("outbox-").FullName;
        try
        {
            var sender = new OutboxEmailSender(Options.Create(new EmailOptions()), new OutboxFolder(folder), TimeProvider.System);

            await sender.SendAsync(new EmailMessage("a@example.test", "Uno", "primero"));
            await sender.SendAsync(new EmailMessage("b@example.test", "Dos", "segundo"));

            var subjects = Directory.GetFiles(folder, "*.eml").Select(f => MimeMessage.Load(f).Subject).Order(StringComparer.Ordinal);
            Assert.Equal(["Dos", "Uno"], subjects);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(EmailDelivery.Smtp, null, false)]
    [InlineData(EmailDelivery.Smtp, "smtp.example.test", true)]
    [InlineData(EmailDelivery.Outbox, null, true)]
    public void Options_SmtpWithoutHost_AreInvalid(EmailDelivery delivery, string? host, bool valid)
    {
        var options = new EmailOptions { Delivery = delivery, SmtpHost = host };

        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options));

        Assert.Equal(valid, !errors.Any());
    }
}
