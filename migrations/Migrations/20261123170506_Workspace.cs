using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PortfolioEval.Migrations
{
    /// <inheritdoc />
    public partial class Workspace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Country",
                table: "SharedReports",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Currency",
                table: "SharedReports",
                type: "TEXT",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DealValueScore",
                table: "SharedReports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "FreshnessScore",
                table: "SharedReports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "QualityScore",
                table: "SharedReports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RelevanceScore",
                table: "SharedReports",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Shortlist",
                columns: table => new
                {
                    ConsentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpeningId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Shortlist", x => x.ConsentId);
                    table.ForeignKey(
                        name: "FK_Shortlist_Consents_ConsentId",
                        column: x => x.ConsentId,
                        principalTable: "Consents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Shortlist_HiringCompanies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "HiringCompanies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Shortlist_Openings_OpeningId",
                        column: x => x.OpeningId,
                        principalTable: "Openings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Shortlist_CompanyId_OpeningId",
                table: "Shortlist",
                columns: new[] { "CompanyId", "OpeningId" });

            migrationBuilder.CreateIndex(
                name: "IX_Shortlist_OpeningId",
                table: "Shortlist",
                column: "OpeningId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Shortlist");

            migrationBuilder.DropColumn(
                name: "Country",
                table: "SharedReports");

            migrationBuilder.DropColumn(
                name: "Currency",
                table: "SharedReports");

            migrationBuilder.DropColumn(
                name: "DealValueScore",
                table: "SharedReports");

            migrationBuilder.DropColumn(
                name: "FreshnessScore",
                table: "SharedReports");

            migrationBuilder.DropColumn(
                name: "QualityScore",
                table: "SharedReports");

            migrationBuilder.DropColumn(
                name: "RelevanceScore",
                table: "SharedReports");
        }
    }
}
