using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PortfolioEval.Migrations
{
    /// <inheritdoc />
    public partial class ClientLabelNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "EncryptedName",
                table: "ClientLabels",
                type: "BLOB",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EncryptedName",
                table: "ClientLabels");
        }
    }
}
