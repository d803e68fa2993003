using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PortfolioEval.Migrations
{
    /// <inheritdoc />
    public partial class SalesLinesOriginsAndBookLabels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BookCurrency",
                table: "ImportJobs",
                type: "TEXT",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BulkOrigin",
                table: "ImportJobs",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "Unknown");

            migrationBuilder.AddColumn<string>(
                name: "DollarSignCurrency",
                table: "ImportJobs",
                type: "TEXT",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Label",
                table: "ClientBooks",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Pipeline",
                table: "ClientBooks",
                type: "TEXT",
                nullable: true,
                defaultValue: "[]");

            migrationBuilder.AddColumn<int>(
                name: "RowsLost",
                table: "ClientBooks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowsOpen",
                table: "ClientBooks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BookCurrency",
                table: "ImportJobs");

            migrationBuilder.DropColumn(
                name: "BulkOrigin",
                table: "ImportJobs");

            migrationBuilder.DropColumn(
                name: "DollarSignCurrency",
                table: "ImportJobs");

            migrationBuilder.DropColumn(
                name: "Label",
                table: "ClientBooks");

            migrationBuilder.DropColumn(
                name: "Pipeline",
                table: "ClientBooks");

            migrationBuilder.DropColumn(
                name: "RowsLost",
                table: "ClientBooks");

            migrationBuilder.DropColumn(
                name: "RowsOpen",
                table: "ClientBooks");
        }
    }
}
