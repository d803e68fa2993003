using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PortfolioEval.Migrations
{
    /// <inheritdoc />
    public partial class Privacy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Uploads waiting for their mapping were protected by DataProtection; they are now encrypted under the
            // candidate's key and cannot be converted. They expire within a day anyway: drop them.
            migrationBuilder.Sql("DELETE FROM \"PendingUploads\";");

            migrationBuilder.RenameColumn(
                name: "ProtectedPassword",
                table: "PendingUploads",
                newName: "EncryptedPassword");

            migrationBuilder.RenameColumn(
                name: "ProtectedFileName",
                table: "PendingUploads",
                newName: "EncryptedFileName");

            migrationBuilder.RenameColumn(
                name: "ProtectedContent",
                table: "PendingUploads",
                newName: "EncryptedContent");

            migrationBuilder.AddColumn<bool>(
                name: "NotesDropped",
                table: "ClientBooks",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "BookContents",
                columns: table => new
                {
                    BookId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Ciphertext = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BookContents", x => new { x.BookId, x.Kind });
                    table.ForeignKey(
                        name: "FK_BookContents_ClientBooks_BookId",
                        column: x => x.BookId,
                        principalTable: "ClientBooks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CandidateKeys",
                columns: table => new
                {
                    CandidateId = table.Column<string>(type: "TEXT", nullable: false),
                    WrappedSecret = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CandidateKeys", x => x.CandidateId);
                    table.ForeignKey(
                        name: "FK_CandidateKeys_AspNetUsers_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClientLabels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CandidateId = table.Column<string>(type: "TEXT", nullable: false),
                    ClientPseudonym = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientLabels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClientLabels_AspNetUsers_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClientLabels_CandidateId_ClientPseudonym",
                table: "ClientLabels",
                columns: new[] { "CandidateId", "ClientPseudonym" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClientLabels_CandidateId_Number",
                table: "ClientLabels",
                columns: new[] { "CandidateId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BookContents");

            migrationBuilder.DropTable(
                name: "CandidateKeys");

            migrationBuilder.DropTable(
                name: "ClientLabels");

            migrationBuilder.DropColumn(
                name: "NotesDropped",
                table: "ClientBooks");

            migrationBuilder.RenameColumn(
                name: "EncryptedPassword",
                table: "PendingUploads",
                newName: "ProtectedPassword");

            migrationBuilder.RenameColumn(
                name: "EncryptedFileName",
                table: "PendingUploads",
                newName: "ProtectedFileName");

            migrationBuilder.RenameColumn(
                name: "EncryptedContent",
                table: "PendingUploads",
                newName: "ProtectedContent");
        }
    }
}
