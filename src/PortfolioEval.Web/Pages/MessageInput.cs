using System.ComponentModel.DataAnnotations;
using PortfolioEval.Messaging;

namespace PortfolioEval.Web.Pages;

/// <summary>The message form both sides of a thread post.</summary>
public sealed class MessageInput
{
    [Required(ErrorMessage = "Write your message.")]
    [StringLength(ApplicationMessage.BodyMaxLength, ErrorMessage = "The {0} field must be at most {1} characters long.")]
    [Display(Name = "Your message")]
    public string Text { get; set; } = "";
}
